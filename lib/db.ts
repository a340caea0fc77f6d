// The one Prisma client, on the libSQL driver adapter (a local file by default, a libSQL server
// or Turso by URL). Cached on globalThis so dev-mode reloads do not open a new connection each time.
// A file: database runs in WAL mode with a busy timeout (lib/sqlite/wal-adapter.ts), so several
// processes can share it.
import "server-only";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { SQLITE_BUSY_TIMEOUT_MS, WalLibSQL } from "@/lib/sqlite/wal-adapter";

export function createPrismaClient(url = env().DATABASE_URL, authToken = env().DATABASE_AUTH_TOKEN) {
  return new PrismaClient({
    adapter: new WalLibSQL({ url, authToken }),
    // A transaction may wait for another process's write lock: give it room beyond that wait.
    transactionOptions: { maxWait: SQLITE_BUSY_TIMEOUT_MS, timeout: SQLITE_BUSY_TIMEOUT_MS + 10_000 },
  });
}

const globalForPrisma = globalThis as unknown as { brickyardPrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.brickyardPrisma ?? createPrismaClient();
if (env().NODE_ENV !== "production") globalForPrisma.brickyardPrisma = db;

export type { PrismaClient };
