// Applies prisma/migrations to a database with the Prisma CLI (WASM schema engine, no downloads).
// Used on start, by the test global setup and by the bench, so every database is migrated the same way.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** For a `file:` URL, the folder must exist first: the libSQL adapter does not create it. */
export function ensureDatabaseFolder(url: string) {
  if (!url.startsWith("file:")) return;
  const file = url.slice("file:".length);
  mkdirSync(path.dirname(path.resolve(ROOT, file)), { recursive: true });
}

export function migrateDatabase(url: string, authToken?: string) {
  ensureDatabaseFolder(url);
  const prismaBin = path.join(ROOT, "node_modules", "prisma", "build", "index.js");
  const result = spawnSync(process.execPath, [prismaBin, "migrate", "deploy"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: url,
      DATABASE_AUTH_TOKEN: authToken ?? "",
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`Could not apply database migrations to ${url}:\n${result.stdout}\n${result.stderr}`);
  }
}
