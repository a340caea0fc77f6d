// The one way a deployment's transaction changes state: guarded by the state it must be in (so the
// live watch and the reconciler can both see the same block without writing twice), together with
// the deployment's own columns and a timeline event, in one database transaction.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAuditLog, type AuditEntry } from "@/lib/history/write-history";
import { db } from "@/lib/db";
import { emitProgress } from "./progress-bus";
import type { TTxStatus } from "@/lib/statuses/deployment-statuses";

export type { TTxStatus } from "@/lib/statuses/deployment-statuses";

/**
 * The deployment's own status follows its instantiate transaction, plus one move no transaction
 * makes: finalized → "missing_on_chain" when the chain no longer has the contract (a dev chain
 * started fresh). That move is markMissingOnChain (mark-missing-on-chain.ts), guarded the same way.
 */
export const DEPLOYMENT_MOVES = { missing_on_chain: { from: ["finalized"] } } as const;

export type TTransition = {
  txId: string;
  deploymentId: string;
  from: TTxStatus[];
  to: TTxStatus;
  tx?: Prisma.DeploymentTxUpdateManyMutationInput;
  deployment?: Prisma.DeploymentUpdateInput;
  event: { status: string; detail?: string; actorId?: string | null };
  /** Written in the same database transaction, so the log and the change never disagree. */
  audit?: AuditEntry;
};

/** Applies the change if the transaction is still in one of `from`; returns whether it did. */
export async function transitionTx(t: TTransition): Promise<boolean> {
  const done = await db.$transaction(async (q) => {
    const { count } = await q.deploymentTx.updateMany({
      where: { id: t.txId, status: { in: t.from } },
      data: { ...t.tx, status: t.to },
    });
    if (count === 0) return false;
    if (t.deployment) await q.deployment.update({ where: { id: t.deploymentId }, data: t.deployment });
    await q.deploymentEvent.create({
      data: {
        deploymentId: t.deploymentId,
        status: t.event.status,
        detail: t.event.detail,
        actorId: t.event.actorId ?? null,
      },
    });
    if (t.audit) await writeAuditLog(q, t.audit);
    return true;
  });
  if (done) emitProgress(t.deploymentId);
  return done;
}

/** A timeline entry that changes no state (e.g. "lost contact with the network"). */
export async function noteDeployment(
  deploymentId: string,
  status: string,
  detail: string,
  actorId: string | null = null,
) {
  await db.deploymentEvent.create({ data: { deploymentId, status, detail, actorId } });
  emitProgress(deploymentId);
}
