// What a browser wallet needs to decode a transaction it is asked to sign: the chain's calls
// metadata, genesis, spec version, address format and token (the extension-inject MetadataDef,
// the same shape polkadot.js apps offers). Without it Polkadot.js shows "method data 0x…".
// Built once per chain runtime (genesis + spec version) and kept in memory.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { MetadataDef } from "@polkadot/extension-inject/types";
import { getSpecTypes } from "@polkadot/types-known";
import { base64Encode } from "@polkadot/util-crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { getChainApi } from "@/lib/chain/api-pool";
import { AppError } from "@/lib/errors";

const cache = new Map<string, MetadataDef>();

export function buildMetadataDef(
  api: ApiPromise,
  network: { name: string; tokenSymbol: string; decimals: number; ss58Prefix: number },
): MetadataDef {
  const { specName, specVersion } = api.runtimeVersion;
  const chain = api.runtimeChain.toString() || network.name;
  return {
    chain: network.name,
    chainType: "substrate",
    genesisHash: api.genesisHash.toHex(),
    icon: "substrate",
    ss58Format: network.ss58Prefix,
    specVersion: specVersion.toNumber(),
    tokenDecimals: network.decimals,
    tokenSymbol: network.tokenSymbol,
    types: getSpecTypes(api.registry, chain, specName, specVersion) as MetadataDef["types"],
    // Only the calls: enough to decode a payload, and a fraction of the full metadata's size.
    metaCalls: base64Encode(api.runtimeMetadata.asCallsOnly.toU8a()),
  };
}

/**
 * The metadata of the network whose genesis hash is `genesisHash` (one of ours), or NOT_FOUND.
 * `networkSlug` picks among networks that share a genesis hash: every chain chopsticks starts from a
 * spec reports the same one, so two local dev chains cannot be told apart by it.
 */
export async function chainMetadataFor(
  db: PrismaClient,
  genesisHash: string,
  networkSlug?: string,
  specVersion?: number,
): Promise<MetadataDef> {
  const networks = await db.network.findMany({
    select: {
      slug: true,
      name: true,
      rpcUrl: true,
      tokenSymbol: true,
      decimals: true,
      ss58Prefix: true,
      genesisHash: true,
    },
    orderBy: { name: "asc" },
  });
  // The named network first, then those that recorded this genesis; the others only if none matched.
  const named = networks.filter((n) => n.slug === networkSlug);
  const rest = networks.filter((n) => n.slug !== networkSlug);
  const ordered = [
    ...named,
    ...rest.filter((n) => n.genesisHash === genesisHash),
    ...rest.filter((n) => !n.genesisHash),
  ];
  for (const network of ordered) {
    // Short timeout: an unreachable network must not hold up the answer for the others.
    const api = await getChainApi(network.rpcUrl, { networkName: network.name, timeoutMs: 3_000 }).catch(() => null);
    if (!api || api.genesisHash.toHex() !== genesisHash) continue;
    // The runtime the transaction was built for: tells apart chains that share a genesis hash.
    if (specVersion !== undefined && api.runtimeVersion.specVersion.toNumber() !== specVersion) continue;
    const key = `${network.rpcUrl}:${genesisHash}:${api.runtimeVersion.specVersion.toString()}`;
    const def = cache.get(key) ?? buildMetadataDef(api, network);
    cache.set(key, def);
    return def;
  }
  throw new AppError("NOT_FOUND", { userMessage: "No network on Brickyard has this genesis hash." });
}
