// After an upgrade's call is in a block, the tracker reads the instance's code hash from the chain
// and compares it with the target version's published one. Only a match moves the instance to the
// new version (and marks its code verified); the move, the timeline entry and the team history are
// written by the same guarded transition, so seeing the block twice moves nothing twice.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { Prisma } from "@/generated/prisma/client";
import { platformAdapter } from "@/lib/chain/platforms";
import { db } from "@/lib/db";
import type { AuditEntry } from "@/lib/history/write-history";
import type { TTrackedTx } from "../tracker/tracked-tx";
import { UPGRADE_CALL, type TUpgradeInput } from "./upgrade-ids";

export type TUpgradeOutcome = { detail: string; deployment?: Prisma.DeploymentUpdateInput; audit?: AuditEntry };

export async function verifyUpgrade(api: ApiPromise, tx: TTrackedTx): Promise<TUpgradeOutcome | null> {
  const d = tx.deployment;
  if (tx.actionId !== UPGRADE_CALL || !d.address || !tx.actionInput) return null;
  const input = JSON.parse(tx.actionInput) as TUpgradeInput;
  const target = await db.brickVersion.findUnique({ where: { id: input.targetVersionId } });
  if (!target)
    return { detail: `Version ${input.version} is no longer published; the instance keeps ${d.brickVersion.version}.` };
  const onChain = await platformAdapter(d.network.platform).codeHashAt(api, d.address);
  if (onChain !== target.codeHash)
    return {
      detail: `The instance's code hash on chain is ${onChain ?? "(none)"}, NOT version ${target.version}'s published ${target.codeHash}: it stays recorded as ${d.brickVersion.version}.`,
    };
  return {
    detail: `The instance now runs version ${target.version}: its code hash ${onChain} matches the published code.`,
    deployment: { brickVersion: { connect: { id: target.id } }, codeHashVerified: true },
    audit: {
      actorId: tx.actorId,
      teamId: d.teamId,
      action: "deployment.upgrade",
      target: `deployment:${d.id}`,
      detail: { instance: d.name, from: d.brickVersion.version, to: target.version, codeHash: target.codeHash },
    },
  };
}
