// The embedded default network: the local dev chain (or the external node CHAIN_RPC_URL names).
// Upserted on every start so its RPC URL follows the current configuration.
import type { PrismaClient } from "@/generated/prisma/client";

export const LOCAL_NETWORK_SLUG = "local-dev";

export async function seedNetworks(
  db: PrismaClient,
  opts: { rpcUrl: string; tokenSymbol?: string; decimals?: number },
) {
  const data = {
    name: "Local dev chain",
    rpcUrl: opts.rpcUrl,
    tokenSymbol: opts.tokenSymbol ?? "PAS",
    decimals: opts.decimals ?? 10,
    ss58Prefix: 42,
    protected: false,
    isDevChain: true,
  };
  // Only the URL follows the configuration; what an admin edited (name, explorer links…) stays.
  return db.network.upsert({
    where: { slug: LOCAL_NETWORK_SLUG },
    create: { slug: LOCAL_NETWORK_SLUG, ...data },
    update: { rpcUrl: data.rpcUrl },
  });
}

export const LOCAL_REVIVE_NETWORK_SLUG = "local-revive";

/** The embedded pallet-revive network (second dev chain, or REVIVE_CHAIN_RPC_URL). */
export async function seedReviveNetwork(
  db: PrismaClient,
  opts: { rpcUrl: string; tokenSymbol?: string; decimals?: number; ss58Prefix?: number },
) {
  const data = {
    name: "Local revive chain",
    rpcUrl: opts.rpcUrl,
    tokenSymbol: opts.tokenSymbol ?? "QF",
    decimals: opts.decimals ?? 18,
    ss58Prefix: opts.ss58Prefix ?? 42,
    protected: false,
    isDevChain: true,
    platform: "revive",
  };
  // As for the default network: the URL follows the configuration, what an admin edited stays
  // (token and runtime facts are read from the chain right after, by refreshDevNetwork).
  return db.network.upsert({
    where: { slug: LOCAL_REVIVE_NETWORK_SLUG },
    create: { slug: LOCAL_REVIVE_NETWORK_SLUG, ...data },
    update: { rpcUrl: data.rpcUrl, platform: data.platform },
  });
}
