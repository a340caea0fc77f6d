// The libSQL driver adapter, tuned so several processes (the app, a second app process, a script,
// a worker) can share one embedded SQLite file:
// - WAL journal: readers never block the writer and the writer never blocks readers;
// - busy_timeout on EVERY connection: a writer waits for the lock instead of failing with
//   SQLITE_BUSY (@libsql/client opens a fresh connection after each transaction, so the PRAGMA is
//   applied again each time, not once);
// - synchronous = NORMAL: in WAL mode a commit then needs no fsync (the WAL is synced at each
//   checkpoint); the file can never be corrupted, only the last commits before a power cut (not a
//   process crash) can be lost. Each commit with FULL cost an fsync, and every API request commits
//   two or three times (rate-limit counters, the token's "last used"): measured in the fuzz suite;
// - interactive transactions start with BEGIN IMMEDIATE: a deferred transaction that read first
//   and writes later cannot wait for the lock (SQLite answers SQLITE_BUSY at once, whatever the
//   timeout), an immediate one takes the write lock up front and waits its turn.
// A libsql:// or http(s):// server does its own locking: nothing here applies (see README).
import "server-only";
import type { Client, Config, TransactionMode } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

/** How long a writer waits for another process's write lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;

const PRAGMAS = `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`;
const SYNC = "PRAGMA synchronous = NORMAL";

export function isFileDatabase(url: string): boolean {
  return url.startsWith("file:");
}

function withBusyTimeout(client: Client): Client {
  const pragma = async () => {
    await client.execute(PRAGMAS);
    await client.execute(SYNC);
  };
  const transaction = client.transaction.bind(client);
  // Runs on the connection the client opens next (the one this transaction released).
  client.transaction = async (mode?: TransactionMode) => {
    const tx = await transaction(mode === "read" ? "read" : "write");
    await pragma();
    return tx;
  };
  return client;
}

export class WalLibSQL extends PrismaLibSQL {
  createClient(config: Config): Client {
    const client = super.createClient(config);
    if (!isFileDatabase(config.url)) return client;
    // Synchronous for the local sqlite3 client, so the first query already runs with these.
    const warn = (error: unknown) => console.error("SQLite PRAGMA failed", error);
    client.execute(PRAGMAS).catch(warn);
    client.execute("PRAGMA journal_mode = WAL").catch(warn);
    client.execute(SYNC).catch(warn);
    return withBusyTimeout(client);
  }
}
