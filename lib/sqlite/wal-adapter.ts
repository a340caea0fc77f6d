// The libSQL driver adapter, tuned so several processes (the app, a second app process, a script,
// a worker) can share one embedded SQLite file:
// - WAL journal: readers never block the writer and the writer never blocks readers;
// - busy_timeout: a writer waits for the lock instead of failing with SQLITE_BUSY;
// - one connection per client, transactions included: @libsql/client hands a transaction the
//   client's connection and opens a fresh one for what follows, so every transaction paid a new
//   connection, its PRAGMAs and SQLite's parse of the whole schema on its first statement (a tenth of
//   a function worker's CPU per run, measured with bench:functions). The Prisma adapter already runs
//   one statement at a time per client and holds its lock from a transaction's start to its commit
//   or rollback, so the transaction can stay on the client's own connection;
// - synchronous = NORMAL: in WAL mode a commit then needs no fsync (the WAL is synced at each
//   checkpoint); the file can never be corrupted, only the last commits before a power cut (not a
//   process crash) can be lost. Each commit with FULL cost an fsync, and every API request commits
//   two or three times (rate-limit counters, the token's "last used"): measured in the fuzz suite;
// - interactive transactions start with BEGIN IMMEDIATE: a deferred transaction that read first
//   and writes later cannot wait for the lock (SQLite answers SQLITE_BUSY at once, whatever the
//   timeout), an immediate one takes the write lock up front and waits its turn.
// A libsql:// or http(s):// server does its own locking: nothing here applies (see README).
import "server-only";
import {
  LibsqlError,
  type Client,
  type Config,
  type InStatement,
  type Transaction,
  type TransactionMode,
} from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

/** How long a writer waits for another process's write lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;

const PRAGMAS = `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`;
const SYNC = "PRAGMA synchronous = NORMAL";

export function isFileDatabase(url: string): boolean {
  return url.startsWith("file:");
}

function withTransactionsOnOneConnection(client: Client): Client {
  client.transaction = async (mode?: TransactionMode): Promise<Transaction> => {
    await client.execute(mode === "read" ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE");
    let closed = false;
    const open = () => {
      if (closed) throw new LibsqlError("The transaction is closed", "TRANSACTION_CLOSED");
    };
    const end = async (sql: "COMMIT" | "ROLLBACK") => {
      if (closed) return;
      closed = true;
      try {
        await client.execute(sql);
      } catch (error) {
        // A failed COMMIT leaves the transaction open on the shared connection: end it. A failed
        // ROLLBACK means SQLite had already ended it.
        if (sql === "COMMIT") {
          await client.execute("ROLLBACK").catch(() => undefined);
          throw error;
        }
      }
    };
    return {
      execute: async (stmt: InStatement) => {
        open();
        return client.execute(stmt);
      },
      batch: async (stmts: InStatement[]) => {
        const results = [];
        for (const stmt of stmts) {
          open();
          results.push(await client.execute(stmt));
        }
        return results;
      },
      // The client's executeMultiple rolls back whatever transaction is open when it ends.
      executeMultiple: async () => {
        throw new LibsqlError("executeMultiple is not available inside a transaction", "TRANSACTION_CLOSED");
      },
      commit: () => end("COMMIT"),
      rollback: () => end("ROLLBACK"),
      close: () => void end("ROLLBACK"),
      get closed() {
        return closed;
      },
    };
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
    return withTransactionsOnOneConnection(client);
  }
}
