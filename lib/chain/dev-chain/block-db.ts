// chopsticks' block database, kept in a SQLite file through @libsql/client (already the app's
// database driver, with prebuilt binaries). chopsticks' own SqliteDatabase (@acala-network/chopsticks-db)
// needs the `sqlite3` native addon, whose install script is not allowed here, so it does not load.
// Only blocks are kept: storage reads of a dev chain come from its in-memory chain spec, so caching
// them would only grow the file (chopsticks' own db reached ~11 MB after 4 blocks).
import { createClient, type Client } from "@libsql/client";
import type { BlockEntry, Database } from "@acala-network/chopsticks-core";
import type { HexString } from "@polkadot/util/types";

type TRow = Record<string, unknown>;

function toEntry(row: TRow | undefined): BlockEntry | null {
  if (!row) return null;
  return {
    hash: row.hash as HexString,
    number: Number(row.number),
    header: row.header as HexString,
    parentHash: (row.parentHash as HexString | null) ?? null,
    extrinsics: JSON.parse(String(row.extrinsics)) as HexString[],
    storageDiff: row.storageDiff ? (JSON.parse(String(row.storageDiff)) as Record<HexString, HexString | null>) : null,
  };
}

export class BlockDatabase implements Database {
  readonly #client: Client;
  readonly #ready: Promise<unknown>;

  constructor(location: string) {
    this.#client = createClient({ url: `file:${location}` });
    this.#ready = this.#client.execute(
      `CREATE TABLE IF NOT EXISTS block (hash TEXT PRIMARY KEY, number INTEGER NOT NULL, header TEXT NOT NULL,
       parentHash TEXT, extrinsics TEXT NOT NULL, storageDiff TEXT)`,
    );
  }

  readonly #writes = new Set<Promise<unknown>>();

  close = async (): Promise<void> => {
    await this.#ready.catch(() => {});
    await Promise.allSettled([...this.#writes]);
    this.#client.close();
  };

  saveBlock = async (block: BlockEntry): Promise<void> => {
    await this.#ready;
    // Like chopsticks' own db: one block per number, the latest one wins.
    const write = this.#client.batch(
      [
        { sql: "DELETE FROM block WHERE number = ?", args: [block.number] },
        {
          sql: "INSERT OR REPLACE INTO block (hash, number, header, parentHash, extrinsics, storageDiff) VALUES (?, ?, ?, ?, ?, ?)",
          args: [
            block.hash,
            block.number,
            block.header,
            block.parentHash,
            JSON.stringify(block.extrinsics),
            block.storageDiff ? JSON.stringify(block.storageDiff) : null,
          ],
        },
      ],
      "write",
    );
    this.#writes.add(write);
    try {
      await write;
    } finally {
      this.#writes.delete(write);
    }
  };

  queryBlock = async (hash: HexString) => this.#one("SELECT * FROM block WHERE hash = ?", [hash]);
  queryBlockByNumber = async (number: number) => this.#one("SELECT * FROM block WHERE number = ?", [number]);
  queryHighestBlock = async () => this.#one("SELECT * FROM block ORDER BY number DESC LIMIT 1", []);

  deleteBlock = async (hash: HexString): Promise<void> => {
    await this.#ready;
    await this.#client.execute({ sql: "DELETE FROM block WHERE hash = ?", args: [hash] });
  };

  blocksCount = async (): Promise<number> => {
    await this.#ready;
    const rs = await this.#client.execute("SELECT COUNT(*) AS n FROM block");
    return Number(rs.rows[0]?.n ?? 0);
  };

  // Storage is not cached (see the top of the file): every read goes to the chain's own layers.
  saveStorage = async (): Promise<void> => {};
  queryStorage = async () => null;

  async #one(sql: string, args: (string | number)[]): Promise<BlockEntry | null> {
    await this.#ready;
    const rs = await this.#client.execute({ sql, args });
    return toEntry(rs.rows[0] as TRow | undefined);
  }
}
