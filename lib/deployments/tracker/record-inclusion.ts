// What the tracker does once a transaction is in a block, and once that block is final. Shared by
// the live watch and the reconciler; every write goes through transitionTx, so seeing the same
// block twice changes nothing the second time.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { platformAdapter } from "@/lib/chain/platforms";
import type { TFoundExtrinsic } from "@/lib/chain/find-extrinsic";
import { db } from "@/lib/db";
import { isActionKind } from "../actions/action-kind";
import { explainFailedCall } from "../actions/explain-failed-call";
import { actionLabelOf, txWords } from "../actions/tx-words";
import { proveLink } from "../link-calls";
import { parseVersion } from "../load-deploy-target";
import { emitProgress } from "../progress-bus";
import { transitionTx, type TTxStatus } from "../transition";
import { verifyUpgrade } from "../upgrades/verify-upgrade";
import { storeContractEvents } from "./store-contract-events";
import type { TTrackedTx } from "./tracked-tx";
import { IN_FLIGHT_STATUSES } from "@/lib/statuses/deployment-statuses";

export async function failTx(tx: TTrackedTx, reason: string, from: TTxStatus[] = [...IN_FLIGHT_STATUSES]) {
  const instantiate = tx.kind === "instantiate";
  const action = isActionKind(tx.kind);
  return transitionTx({
    txId: tx.id,
    deploymentId: tx.deploymentId,
    from,
    to: "failed",
    tx: { failureReason: reason },
    deployment: instantiate
      ? { status: "failed", failureReason: reason }
      : action
        ? undefined
        : { linkVerified: false },
    event: { status: instantiate ? "failed" : action ? "action_failed" : "link_failed", detail: reason },
  });
}

export async function recordInclusion(api: ApiPromise, tx: TTrackedTx, found: TFoundExtrinsic): Promise<void> {
  const platform = platformAdapter(tx.deployment.network.platform);
  const outcome = await platform.readOutcome(api, found.blockHash, found.index);
  const at = { blockHash: found.blockHash, blockNumber: found.blockNumber };
  const words = txWords(tx.kind, actionLabelOf(tx.deployment.brickVersion.manifest, tx.actionId));
  if (!outcome.success) {
    // A contract's refusal is only "ContractReverted" in the block: ask the contract why (item 4).
    const revert = /ContractReverted$/.test(outcome.error?.code ?? "")
      ? await explainFailedCall(api, tx, found.blockHash)
      : null;
    const why = revert ?? outcome.error?.message ?? "The transaction failed on chain.";
    await failTx(tx, `${words.what} failed in block #${found.blockNumber}: ${why}`, ["signed"]);
    return;
  }
  const d = tx.deployment;
  if (tx.kind === "instantiate") {
    // On pallet-revive the deployer in the event is the signer's mapped H160.
    const mapping = await platform.accountMapping(api, tx.signer);
    const deployer = mapping.needed ? mapping.h160 : tx.signer;
    const created =
      outcome.instantiated.find((i) => platform.sameAddress(i.deployer, deployer)) ?? outcome.instantiated[0];
    if (!created)
      return void (await failTx(tx, `Block #${found.blockNumber} holds the deploy, but it created no contract.`, [
        "signed",
      ]));
    const address = platform.formatAddress(created.contract, d.network.ss58Prefix);
    const codeHash = await platform.codeHashAt(api, address);
    const verified = codeHash === d.brickVersion.codeHash;
    // The contract's events are stored before the status moves (idempotent: keyed by block and index),
    // so an instance another process has already marked in a block never shows without its events.
    await storeContractEvents(api, tx, outcome, at, address);
    await transitionTx({
      txId: tx.id,
      deploymentId: tx.deploymentId,
      from: ["signed"],
      to: "in_block",
      tx: at,
      deployment: { status: "in_block", blockHash: at.blockHash, address, codeHashVerified: verified },
      event: {
        status: "in_block",
        detail: `In block #${at.blockNumber}. Instance created at ${address}. Its code hash ${codeHash ?? "(none)"} ${verified ? "matches the published code" : `does NOT match the published ${d.brickVersion.codeHash}`}.`,
      },
    });
    return;
  }
  if (d.address) await storeContractEvents(api, tx, outcome, at, d.address);
  // An upgrade's call: the code hash on chain decides whether the instance moves to the new version.
  const upgrade = await verifyUpgrade(api, tx);
  const moved = await transitionTx({
    txId: tx.id,
    deploymentId: tx.deploymentId,
    from: ["signed"],
    to: "in_block",
    tx: at,
    deployment: upgrade?.deployment,
    audit: upgrade?.audit,
    event: {
      status: `${words.prefix}in_block`,
      detail: `${words.what} is in block #${at.blockNumber}.${upgrade ? ` ${upgrade.detail}` : ""}`,
    },
  });
  if (!moved) return;
  if (!isActionKind(tx.kind)) await verifyLinkOnChain(api, tx);
}

/** Runs link.verify and records the answer (link step done, or a verify-only brick deployed). */
export async function verifyLinkOnChain(api: ApiPromise, tx: TTrackedTx): Promise<void> {
  const d = tx.deployment;
  if (!d.address || !d.linkedContract || !d.signer) return;
  const target = { ...parseVersion(d.brickVersion), version: d.brickVersion, network: d.network };
  const proof = await proveLink(api, target, {
    signer: d.signer,
    instance: d.address,
    linked: d.linkedContract,
    answers: JSON.parse(d.config),
  });
  if (!proof) return;
  await db.$transaction([
    db.deployment.update({ where: { id: d.id }, data: { linkVerified: proof.verified } }),
    db.deploymentEvent.create({
      data: { deploymentId: d.id, status: proof.verified ? "link_verified" : "link_unverified", detail: proof.detail },
    }),
  ]);
  emitProgress(d.id);
}

export async function recordFinality(api: ApiPromise, tx: TTrackedTx): Promise<void> {
  const instantiate = tx.kind === "instantiate";
  const moved = await transitionTx({
    txId: tx.id,
    deploymentId: tx.deploymentId,
    from: ["in_block"],
    to: "finalized",
    deployment: instantiate ? { status: "finalized" } : undefined,
    event: { status: `${txWords(tx.kind).prefix}finalized`, detail: `Block #${tx.blockNumber ?? "?"} is final.` },
  });
  // A brick that only verifies (nothing to sign) is checked as soon as the instance is final.
  const manifest = parseVersion(tx.deployment.brickVersion).manifest;
  if (moved && instantiate && manifest.link?.verify && !manifest.link.record) {
    const fresh = await db.deployment.findUniqueOrThrow({ where: { id: tx.deploymentId } });
    await verifyLinkOnChain(api, { ...tx, deployment: { ...tx.deployment, ...fresh } });
  }
}
