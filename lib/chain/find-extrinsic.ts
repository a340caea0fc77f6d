// Finds where a transaction landed, by its hash, without an indexer: a mortal transaction can only
// be in a block after the one its payload names and before its mortality ends, so the tracker scans
// that window (a few dozen blocks at most) after a restart or a dropped connection.
import "server-only";
import type { ApiPromise } from "@polkadot/api";

export type TFoundExtrinsic = { blockHash: string; blockNumber: number; index: number };

export async function findExtrinsic(
  api: ApiPromise,
  opts: { hash: string; fromBlock: number; toBlock?: number },
): Promise<TFoundExtrinsic | null> {
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  const last = Math.min(head, opts.toBlock ?? head);
  for (let n = Math.max(1, opts.fromBlock); n <= last; n++) {
    const blockHash = await api.rpc.chain.getBlockHash(n);
    const block = await api.rpc.chain.getBlock(blockHash);
    const index = block.block.extrinsics.findIndex((x) => x.hash.toHex() === opts.hash);
    if (index >= 0) return { blockHash: blockHash.toHex(), blockNumber: n, index };
  }
  return null;
}

/** The highest block number the tracker may treat as final. */
export async function finalizedNumber(api: ApiPromise): Promise<number> {
  const hash = await api.rpc.chain.getFinalizedHead();
  return (await api.rpc.chain.getHeader(hash)).number.toNumber();
}

/** Whether `blockHash` is still the chain's block at `blockNumber` (false after a re-org). */
export async function isCanonical(api: ApiPromise, blockHash: string, blockNumber: number): Promise<boolean> {
  return (await api.rpc.chain.getBlockHash(blockNumber)).toHex() === blockHash;
}
