// The master key that seals function secrets and automation-account seeds (AES-256-GCM).
// SECRETS_KEY wins when set (32 bytes, base64/base64url or hex); otherwise, as with the session
// secret, a random key is generated once into data/secrets-key. Keys listed in
// SECRETS_KEY_PREVIOUS (comma-separated) still open values during a rotation; see README.
import "server-only";
import { createHash } from "node:crypto";
import path from "node:path";
import { readOrCreate } from "@/lib/auth/secret";
import { env } from "@/lib/env";

export const SECRETS_KEY_FILE = path.resolve(process.cwd(), "data", "secrets-key");

export type TMasterKey = { id: string; key: Buffer };

export function parseKey(text: string, name = "SECRETS_KEY"): TMasterKey {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, "hex") : Buffer.from(t, "base64url");
  if (key.length !== 32) throw new Error(`${name} must be 32 random bytes written as base64 or hex (64 hex digits)`);
  // The id names the key in each sealed value without revealing it: a rotation finds what to re-seal.
  return { id: createHash("sha256").update(key).digest("hex").slice(0, 12), key };
}

let cached: { current: TMasterKey; all: TMasterKey[] } | undefined;

/** The key new values are sealed with, and every key that can still open old ones. */
export function masterKeys(): { current: TMasterKey; all: TMasterKey[] } {
  if (cached) return cached;
  const e = env();
  const current = parseKey(e.SECRETS_KEY ?? readOrCreate(SECRETS_KEY_FILE));
  const previous = (e.SECRETS_KEY_PREVIOUS ?? "")
    .split(",")
    .filter((s) => s.trim())
    .map((s) => parseKey(s, "SECRETS_KEY_PREVIOUS"));
  cached = { current, all: [current, ...previous] };
  return cached;
}

/** Tests and the rotation script change the environment: read the keys again. */
export function forgetMasterKeys(): void {
  cached = undefined;
}
