// What every start puts in the database: the default network, then the bricks found in the
// bricks folders (BRICKS_DIR, several separated by the path delimiter), published idempotently.
import path from "node:path";
import type { TServerEnv } from "@/lib/env";
import { createPrismaClient } from "@/lib/db";
import { refreshDevNetwork } from "@/lib/setup/refresh-dev-network";
import {
  LOCAL_NETWORK_SLUG,
  LOCAL_REVIVE_NETWORK_SLUG,
  seedNetworks,
  seedReviveNetwork,
} from "@/lib/setup/seed-networks";
import type { TReviveAppChain } from "@/lib/setup/start-revive-chain-for-app";
import { publishBricksFromDirs } from "@/lib/setup/publish-bricks-from-dirs";

export async function seedDatabase(
  env: TServerEnv,
  rpcUrl: string,
  log: (s: string) => void,
  revive?: Pick<TReviveAppChain, "rpcUrl" | "token"> | null,
) {
  const db = createPrismaClient(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  try {
    await seedNetworks(db, { rpcUrl });
    await refreshDevNetwork(db, LOCAL_NETWORK_SLUG, rpcUrl, log);
    if (revive) {
      const t = revive.token;
      await seedReviveNetwork(db, {
        rpcUrl: revive.rpcUrl,
        tokenSymbol: t?.symbol,
        decimals: t?.decimals,
        ss58Prefix: t?.ss58Prefix,
      });
      // Same reset detection as the pallet-contracts chain: a fresh or reset revive chain turns
      // its instances "missing on chain".
      await refreshDevNetwork(db, LOCAL_REVIVE_NETWORK_SLUG, revive.rpcUrl, log);
    }
    const dirs = env.BRICKS_DIR.split(path.delimiter).filter(Boolean);
    await publishBricksFromDirs(db, dirs, log);
  } finally {
    await db.$disconnect();
  }
}
