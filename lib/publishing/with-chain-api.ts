// A short-lived @polkadot/api connection to one network for a publishing task (check or submit a
// code upload), closed afterwards: publishing is rare, so no connection is kept open.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { connectApi, disconnectApi } from "@/lib/chain/connect";

export async function withChainApi<T>(network: { rpcUrl: string }, fn: (api: ApiPromise) => Promise<T>): Promise<T> {
  const api = await connectApi(network.rpcUrl);
  try {
    return await fn(api);
  } finally {
    await disconnectApi(api);
  }
}

/** Whether the chain stores code with this hash (contracts.codeInfoOf). */
export async function codeExistsOnChain(api: ApiPromise, codeHash: string): Promise<boolean> {
  const info = (await api.query.contracts.codeInfoOf(codeHash)) as unknown as { isSome: boolean };
  return info.isSome;
}
