// One status update of a watched transaction: in a block (find it there and record what it did),
// finalized (record finality), or gone from the pool (let the reconciler decide from the chain).
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { ExtrinsicStatus } from "@polkadot/types/interfaces";
import { recordFinality, recordInclusion } from "./record-inclusion";
import { loadTrackedTx } from "./tracked-tx";

/** "continue": keep watching; "stop": nothing more to see from this watch. */
export async function onWatchStatus(
  api: ApiPromise,
  txId: string,
  status: ExtrinsicStatus,
): Promise<"continue" | "stop"> {
  if (status.isInBlock || status.isFinalized) {
    // Finalized counts as proof of inclusion too: polkadot.js may skip InBlock when both come fast.
    const blockHash = (status.isInBlock ? status.asInBlock : status.asFinalized).toHex();
    let tx = await loadTrackedTx(txId);
    if (tx?.status === "signed") {
      const [block, header] = await Promise.all([
        api.rpc.chain.getBlock(blockHash),
        api.rpc.chain.getHeader(blockHash),
      ]);
      const index = block.block.extrinsics.findIndex((x) => x.hash.toHex() === tx!.extrinsicHash);
      if (index >= 0) await recordInclusion(api, tx, { blockHash, blockNumber: header.number.toNumber(), index });
      tx = await loadTrackedTx(txId);
    }
    if (status.isFinalized && tx?.status === "in_block") await recordFinality(api, tx);
    return status.isFinalized ? "stop" : "continue";
  }
  if (status.isInvalid || status.isDropped || status.isUsurped || status.isFinalityTimeout) return "stop";
  return "continue";
}
