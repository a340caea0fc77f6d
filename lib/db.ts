// The one Prisma client, on the libSQL driver adapter (a local file by default, a libSQL server
// or Turso by URL). Cached on globalThis so dev-mode reloads do not open a new connection each time.
import "server-only";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

export function createPrismaClient(url = env().DATABASE_URL, authToken = env().DATABASE_AUTH_TOKEN) {
  return new PrismaClient({ adapter: new PrismaLibSQL({ url, authToken }) });
}

const globalForPrisma = globalThis as unknown as { brickyardPrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.brickyardPrisma ?? createPrismaClient();
if (env().NODE_ENV !== "production") globalForPrisma.brickyardPrisma = db;

export type { PrismaClient };
