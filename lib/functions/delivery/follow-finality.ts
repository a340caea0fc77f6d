// Follows an included delivery to finality, as the deployment tracker does for deploys (same chain
// helpers): the block must still be the chain's block at that height (a re-org sends the delivery
// back to "signed", so the reconciler looks for it again and resends the same bytes if needed), and
// the chain's finalized head must reach it. Dev chains finalize each block at once; a real chain a
// few blocks later. When finality takes longer than the wait, the delivery stays "in_block" and
// finalizeOutstanding picks it up at the instance's next delivery.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { finalizedNumber, isCanonical } from "@/lib/chain/find-extrinsic";
import { db } from "@/lib/db";

/** How long a worker waits for a delivery's block to become final before moving on. */
export const FINALITY_WAIT_MS = Number(process.env.FUNCTIONS_FINALITY_WAIT_SECONDS ?? 30) * 1000;

export type TFinality = "finalized" | "in_block" | "reorged";

export async function followFinality(
  api: ApiPromise,
  deliveryId: string,
  waitMs = FINALITY_WAIT_MS,
): Promise<TFinality> {
  const d = await db.functionDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
  if (d.status === "finalized") return "finalized";
  if (d.status !== "in_block" || !d.blockHash || d.blockNumber === null) return "in_block";
  const until = Date.now() + waitMs;
  for (;;) {
    if (!(await isCanonical(api, d.blockHash, d.blockNumber))) {
      await db.functionDelivery.updateMany({
        where: { id: d.id, status: "in_block" },
        data: { status: "signed", blockHash: null, blockNumber: null },
      });
      return "reorged";
    }
    if ((await finalizedNumber(api)) >= d.blockNumber) {
      // Only from in_block: a second worker following the same delivery changes nothing.
      await db.functionDelivery.updateMany({ where: { id: d.id, status: "in_block" }, data: { status: "finalized" } });
      return "finalized";
    }
    if (Date.now() >= until) return "in_block";
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Earlier deliveries of this instance that were included but not yet seen final: check them once. */
export async function finalizeOutstanding(api: ApiPromise, instanceId: string, exceptId?: string): Promise<number> {
  const open = await db.functionDelivery.findMany({
    where: { instanceId, status: "in_block", ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
    take: 20,
  });
  let finalized = 0;
  for (const d of open) if ((await followFinality(api, d.id, 0)) === "finalized") finalized++;
  return finalized;
}
