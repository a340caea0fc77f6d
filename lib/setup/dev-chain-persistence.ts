// The persistence options for an embedded dev chain: one block file per chain under
// DEV_CHAIN_DB_DIR (default data/chains/<name>.sqlite), fresh when DEV_CHAIN_FRESH=1 or
// `npm start -- --fresh`. "off" keeps nothing.
import path from "node:path";
import type { TServerEnv } from "@/lib/env";

// DEV_CHAIN_FORK_URL forks only the pallet-contracts chain (a fork has no spec to resume), so the
// revive chain passes forked: false and keeps its blocks either way.
export function devChainPersistence(
  env: TServerEnv,
  chainName: string,
  argv = process.argv,
  forked = Boolean(env.DEV_CHAIN_FORK_URL),
): { dbPath?: string; fresh?: boolean } {
  if (env.DEV_CHAIN_DB_DIR === "off" || forked) return {};
  return {
    dbPath: path.join(env.DEV_CHAIN_DB_DIR, `${chainName}.sqlite`),
    fresh: env.DEV_CHAIN_FRESH || argv.includes("--fresh"),
  };
}
