// finalized → missing_on_chain, with the reason, a timeline entry and no other change: the row
// stays so the team sees what was lost. Guarded by the current status like every transition.
import "server-only";
import { db } from "@/lib/db";
import { emitProgress } from "./progress-bus";
import { DEPLOYMENT_MOVES } from "./transition";

export async function markMissingOnChain(deploymentId: string, reason: string, at = new Date()): Promise<boolean> {
  const done = await db.$transaction(async (q) => {
    const { count } = await q.deployment.updateMany({
      where: { id: deploymentId, status: { in: [...DEPLOYMENT_MOVES.missing_on_chain.from] } },
      data: { status: "missing_on_chain", missingReason: reason, missingSince: at },
    });
    if (count === 0) return false;
    await q.deploymentEvent.create({ data: { deploymentId, status: "missing_on_chain", detail: reason } });
    return true;
  });
  if (done) emitProgress(deploymentId);
  return done;
}
