// Checks a chain live, by its RPC URL: reachable and a Substrate node (probe-endpoint.ts), then
// what it is: genesis hash, chain name, runtime, token, SS58 prefix, and its contract platform.
// Reads only; the callers decide what to store. Every failure is an AppError with one sentence.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { connectApi, disconnectApi } from "@/lib/chain/connect";
import { AppError } from "@/lib/errors";
import { detectPlatform, type TContractPlatform } from "./platform";
import { probeEndpoint } from "./probe-endpoint";

export type TNetworkFacts = {
  genesisHash: string;
  chainName: string;
  specName: string;
  specVersion: number;
  tokenSymbol: string;
  decimals: number;
  ss58Prefix: number;
  platform: TContractPlatform;
  lastBlockNumber: number;
  lastBlockAt: Date | null;
  /** Plain notes, e.g. which properties the chain did not declare and what is assumed instead. */
  notes: string[];
};

/** Defaults when a chain declares no properties: Substrate's generic prefix, and a neutral token. */
export const FALLBACK = { tokenSymbol: "UNIT", decimals: 12, ss58Prefix: 42 } as const;

export async function checkNetwork(rpcUrl: string, { timeoutMs = 10_000 } = {}): Promise<TNetworkFacts> {
  if (!/^wss?:\/\/[^\s/]+/.test(rpcUrl)) {
    const message = "Enter the node's WebSocket RPC address: it starts with ws:// or wss://.";
    throw new AppError("BAD_INPUT", { userMessage: message, fields: { rpcUrl: [message] } });
  }
  await probeEndpoint(rpcUrl, timeoutMs);
  let api: ApiPromise | undefined;
  try {
    // Live metadata: the check reports what this node serves now (its pallets), not what was read before.
    api = await connectApi(rpcUrl, { timeoutMs, reuseMetadata: false }).catch((error: unknown) => {
      const message = `The node at ${rpcUrl} answered but did not finish sending its metadata within ${timeoutMs / 1000} s (timed out).`;
      throw new AppError("BAD_INPUT", { userMessage: message, fields: { rpcUrl: [message] }, cause: error });
    });
    return await readFacts(api);
  } finally {
    await disconnectApi(api);
  }
}

export async function readFacts(api: ApiPromise): Promise<TNetworkFacts> {
  const platform = detectPlatform(api);
  if (!platform) {
    const message =
      "This chain has no smart-contract pallet (neither pallet-contracts nor pallet-revive), so bricks cannot be deployed there.";
    throw new AppError("BAD_INPUT", { userMessage: message, fields: { rpcUrl: [message] } });
  }
  const [chainName, props, header] = await Promise.all([
    api.rpc.system.chain(),
    api.rpc.system.properties(),
    api.rpc.chain.getHeader(),
  ]);
  const notes: string[] = [];
  const symbol = props.tokenSymbol.isSome ? props.tokenSymbol.unwrap()[0]?.toString() : undefined;
  const decimals = props.tokenDecimals.isSome ? props.tokenDecimals.unwrap()[0]?.toNumber() : undefined;
  const ss58 = props.ss58Format.isSome ? props.ss58Format.unwrap().toNumber() : undefined;
  if (symbol === undefined)
    notes.push(`The chain does not declare its token symbol; "${FALLBACK.tokenSymbol}" is used (you can edit it).`);
  if (decimals === undefined)
    notes.push(`The chain does not declare its token decimals; ${FALLBACK.decimals} is assumed.`);
  if (ss58 === undefined)
    notes.push(
      `The chain does not declare an address format (SS58 prefix); ${FALLBACK.ss58Prefix}, the generic Substrate format, is used.`,
    );
  const now = api.query.timestamp?.now ? await api.query.timestamp.now() : undefined;
  const ms = now ? Number(now.toString()) : 0;
  return {
    genesisHash: api.genesisHash.toHex(),
    chainName: chainName.toString(),
    specName: api.runtimeVersion.specName.toString(),
    specVersion: api.runtimeVersion.specVersion.toNumber(),
    tokenSymbol: symbol ?? FALLBACK.tokenSymbol,
    decimals: decimals ?? FALLBACK.decimals,
    ss58Prefix: ss58 ?? FALLBACK.ss58Prefix,
    platform,
    lastBlockNumber: header.number.toNumber(),
    lastBlockAt: ms > 0 ? new Date(ms) : null,
    notes,
  };
}
