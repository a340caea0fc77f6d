// Keeps a dev chain's blocks in a file so a restart comes back at the same block, with the same
// contracts and balances (what chopsticks' own --resume does, measured for the Pop spec in
// ENVIRONMENT.md "Keeping state across restarts"). One database file per chain; a small JSON file
// beside it remembers what the genesis was built from, so the genesis state is the same on every start.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Blockchain } from "@acala-network/chopsticks-core";
import { BlockDatabase } from "./block-db";

export type TPersistOptions = {
  /** SQLite file holding the chain's blocks, e.g. data/chains/local-dev.sqlite. */
  dbPath: string;
  /** Start from genesis: the file is deleted first. */
  fresh?: boolean;
  /** The chain spec the blocks belong to: another spec (or a changed one) starts fresh. */
  specPath: string;
  log?: (line: string) => void;
};

type TMeta = { specPath: string; specSize: number; specMtimeMs: number; genesisTimeMs: number };

export type TPersistence = {
  db: BlockDatabase;
  /** Genesis Timestamp.Now to use, so the genesis state is the same on every start. */
  genesisTimeMs: number;
  /** Moves the freshly set-up chain to the last stored block; returns its number (or null: new chain). */
  resume(chain: Blockchain): Promise<number | null>;
};

function specStamp(specPath: string) {
  const st = statSync(specPath);
  return { specPath: path.resolve(specPath), specSize: st.size, specMtimeMs: Math.round(st.mtimeMs) };
}

function readMeta(file: string): TMeta | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as TMeta;
  } catch {
    return null;
  }
}

export function openPersistence(opts: TPersistOptions): TPersistence {
  const log = opts.log ?? (() => {});
  const metaPath = `${opts.dbPath}.json`;
  mkdirSync(path.dirname(opts.dbPath), { recursive: true });
  const stamp = specStamp(opts.specPath);
  const meta = readMeta(metaPath);
  const sameSpec =
    meta &&
    meta.specPath === stamp.specPath &&
    meta.specSize === stamp.specSize &&
    meta.specMtimeMs === stamp.specMtimeMs;
  if (opts.fresh || !sameSpec) {
    if (existsSync(opts.dbPath))
      log(
        opts.fresh
          ? `Starting fresh: ${opts.dbPath} deleted.`
          : `The chain spec changed: starting fresh (${opts.dbPath} replaced).`,
      );
    for (const f of [opts.dbPath, `${opts.dbPath}-wal`, `${opts.dbPath}-shm`, metaPath]) rmSync(f, { force: true });
  }
  // A whole minute is slot-aligned for every usual slot duration (see genesis.ts).
  const genesisTimeMs = sameSpec && !opts.fresh ? meta.genesisTimeMs : Math.floor(Date.now() / 60_000) * 60_000;
  writeFileSync(metaPath, JSON.stringify({ ...stamp, genesisTimeMs } satisfies TMeta, null, 2));
  const db = new BlockDatabase(opts.dbPath);

  return {
    db,
    genesisTimeMs,
    async resume(chain) {
      const highest = await db.queryHighestBlock();
      if (highest && highest.number > chain.head.number) {
        const block = await chain.loadBlockFromDB(highest.number);
        if (block) await chain.setHead(block);
      }
      // setup() built block #1 without saving it (saveBlocks off), so it cannot replace the stored
      // block #1 that the resumed blocks build on. From here on every new block is saved.
      Object.assign(chain, { saveBlocks: true });
      if (!highest) await chain.saveBlockToDB(chain.head);
      return highest && chain.head.number === highest.number ? highest.number : null;
    },
  };
}
