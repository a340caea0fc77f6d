// Brings one transaction in flight up to date from the chain alone, as after a restart or a dropped
// connection: look for it by hash in the blocks its mortality allows; failing that, look for the
// instance at the address its salt implies; if neither and it can still be included, send it again
// (same signed bytes, so never twice); once its mortality is over, it failed and nothing was created.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { platformAdapter } from "@/lib/chain/platforms";
import { findExtrinsic, finalizedNumber, isCanonical } from "@/lib/chain/find-extrinsic";
import { mortalUntil, type SignerPayloadJSON } from "@/lib/chain/signer-payload";
import { predictedAddressOf } from "../predicted-address";
import { transitionTx } from "../transition";
import { failTx, recordFinality, recordInclusion } from "./record-inclusion";
import type { TTrackedTx } from "./tracked-tx";

export type TReconcileMemo = Map<string, number>; // tx id → next block to scan

export async function reconcileTx(
  api: ApiPromise,
  tx: TTrackedTx,
  memo: TReconcileMemo,
  resubmit: (tx: TTrackedTx) => Promise<void>,
) {
  if (tx.status === "in_block" && tx.blockHash && tx.blockNumber !== null) {
    if (!(await isCanonical(api, tx.blockHash, tx.blockNumber))) {
      await transitionTx({
        txId: tx.id,
        deploymentId: tx.deploymentId,
        from: ["in_block"],
        to: "signed",
        tx: { blockHash: null, blockNumber: null },
        deployment: tx.kind === "instantiate" ? { status: "signed", blockHash: null } : undefined,
        event: { status: "reorg", detail: `Block #${tx.blockNumber} was replaced; looking for the transaction again.` },
      });
      return;
    }
    if ((await finalizedNumber(api)) >= tx.blockNumber) await recordFinality(api, tx);
    return;
  }
  if (tx.status !== "signed" || !tx.extrinsicHash || !tx.signedExtrinsic) return;
  const payload = JSON.parse(tx.payload) as SignerPayloadJSON;
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  const from = memo.get(tx.id) ?? Number(BigInt(payload.blockNumber)) + 1;
  const found = await findExtrinsic(api, { hash: tx.extrinsicHash, fromBlock: from, toBlock: head });
  if (found) {
    memo.delete(tx.id);
    await recordInclusion(api, tx, found);
    if ((await finalizedNumber(api)) >= found.blockNumber)
      await recordFinality(api, { ...tx, status: "in_block", blockNumber: found.blockNumber });
    return;
  }
  memo.set(tx.id, head + 1);
  if (tx.kind === "instantiate" && (await foundByAddress(api, tx, payload))) return;
  const until = mortalUntil(api, payload);
  if (until !== undefined && head > until) {
    memo.delete(tx.id);
    await failTx(
      tx,
      `No block included the transaction before it expired (block #${until}). Nothing was created; you can deploy again.`,
      ["signed"],
    );
    return;
  }
  await resubmit(tx);
}

/** The instance exists where the salt says, though its block was not found (e.g. outside the window scanned). */
async function foundByAddress(api: ApiPromise, tx: TTrackedTx, payload: SignerPayloadJSON): Promise<boolean> {
  const d = tx.deployment;
  const address = predictedAddressOf(api, payload, d.brickVersion, d.network);
  if (!address) return false;
  const codeHash = await platformAdapter(d.network.platform).codeHashAt(api, address);
  if (!codeHash) return false;
  const verified = codeHash === d.brickVersion.codeHash;
  return transitionTx({
    txId: tx.id,
    deploymentId: tx.deploymentId,
    from: ["signed"],
    to: "finalized",
    deployment: { status: "finalized", address, codeHashVerified: verified },
    event: {
      status: "finalized",
      detail: `Found the instance on chain at ${address}, the address this deployment's salt implies. Code hash ${verified ? "matches the published code" : `${codeHash} does NOT match the published ${d.brickVersion.codeHash}`}.`,
    },
  });
}
