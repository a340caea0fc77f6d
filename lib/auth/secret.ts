// The key next-auth encrypts session cookies with. NEXTAUTH_SECRET wins when set. Otherwise (the
// embedded setup) a random secret is generated once and kept in data/, beside the database file,
// so sessions survive restarts and no one ships a guessable default. Several servers behind one
// load balancer must share NEXTAUTH_SECRET instead: each would otherwise make its own.
import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

export const SECRET_FILE = path.resolve(process.cwd(), "data", "nextauth-secret");

let cached: string | undefined;

export function authSecret(): string {
  cached ??= env().NEXTAUTH_SECRET ?? readOrCreate(SECRET_FILE);
  return cached;
}

export function readOrCreate(file: string): string {
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    // "wx": if another process won the race, keep its secret rather than overwrite it.
    fs.writeFileSync(file, `${secret}\n`, { flag: "wx", mode: 0o600 });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return fs.readFileSync(file, "utf8").trim();
    throw new Error(`Could not store a session secret in ${file}. Set NEXTAUTH_SECRET instead.`, { cause: error });
  }
}
