// Two judgements the tracker makes when the chain does not simply answer: the transaction pool
// refused a transaction (fail it, or look once more), and the network is unreachable (say so once
// on the timeline, then keep trying quietly).
import "server-only";
import { explainPoolError } from "@/lib/chain/dispatch-error";
import { noteDeployment } from "../transition";
import { failTx } from "./record-inclusion";
import type { TTrackedTx } from "./tracked-tx";

/** Codes 1010–1016 are the pool's verdicts; anything else is the connection (the loop retries). */
export async function onPoolRefusal(tx: TTrackedTx, message: string, staleSeen: Set<string>): Promise<void> {
  if (!/^101\d\b/.test(message) || /already imported|priority is too low/i.test(message)) return;
  // "Stale" can mean it was just included: let one more reconcile pass look before giving up.
  if (/\bstale\b|outdated/i.test(message) && !staleSeen.has(tx.id)) return void staleSeen.add(tx.id);
  await failTx(tx, `${explainPoolError(message)} Nothing was created.`, ["signed"]);
}

export async function noteUnreachableOnce(tx: TTrackedTx, error: unknown, noted: Set<string>): Promise<void> {
  if (noted.has(tx.id)) return;
  noted.add(tx.id);
  const why = error instanceof Error ? error.message : String(error);
  await noteDeployment(
    tx.deploymentId,
    "waiting",
    `Lost contact with ${tx.deployment.network.name} (${why}). Brickyard keeps checking and updates this page when the network answers.`,
  ).catch(() => {});
}
