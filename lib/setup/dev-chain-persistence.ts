// The persistence options for an embedded dev chain: one block file per chain under
// DEV_CHAIN_DB_DIR (default data/chains/<name>.sqlite), fresh when DEV_CHAIN_FRESH=1 or
// `npm start -- --fresh`. "off" keeps nothing.
import path from "node:path";
import type { TServerEnv } from "@/lib/env";

export function devChainPersistence(env: TServerEnv, chainName: string, argv = process.argv): { dbPath?: string; fresh?: boolean } {
  if (env.DEV_CHAIN_DB_DIR === "off" || env.DEV_CHAIN_FORK_URL) return {};
  return { dbPath: path.join(env.DEV_CHAIN_DB_DIR, `${chainName}.sqlite`), fresh: env.DEV_CHAIN_FRESH || argv.includes("--fresh") };
}
