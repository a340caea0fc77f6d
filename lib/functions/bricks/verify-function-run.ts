// "Verify this run": the run's signed receipt checked against the worker's published key, then the
// function re-run from the receipt with the recorded answers of the web requests (the receipts
// module's replay), and the outputs compared. For members of the instance's team only.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { replayRun, verifyReceipt, ZSignedReceipt } from "@/lib/functions/receipts";
import { teamIdsWhere } from "./team-filter";

export type TRunVerification = { signature: boolean; reproduced: boolean; words: string };

export async function verifyFunctionRun(opts: {
  actorId: string;
  instanceId: string;
  runId: string;
}): Promise<TRunVerification> {
  const run = await db.functionRun.findFirst({
    where: {
      id: opts.runId,
      instanceId: opts.instanceId,
      instance: { teamId: await teamIdsWhere(opts.actorId, "function.view") },
    },
    include: { bodies: { select: { bodyHash: true, body: true } }, instance: { select: { source: true } } },
  });
  if (!run)
    throw new AppError("NOT_FOUND", { userMessage: "This run does not exist, or you are not a member of its team." });
  if (!run.receipt)
    return {
      signature: false,
      reproduced: false,
      words: "This run has no receipt yet (it is still running, or it was skipped).",
    };
  const receipt = ZSignedReceipt.parse(JSON.parse(run.receipt));
  const signed = await verifyReceipt(receipt);
  if (!signed.valid)
    return { signature: false, reproduced: false, words: `The receipt's signature does not hold: ${signed.reason}.` };
  const replay = await replayRun(receipt, run.instance.source, run.bodies, {
    input: run.input ? JSON.parse(run.input) : null,
    state: run.stateBefore ? JSON.parse(run.stateBefore) : null,
  });
  if (!replay.reproduced)
    return {
      signature: true,
      reproduced: false,
      words: `The receipt is signed by a Brickyard worker, but re-running the function gave something else: ${replay.problems.join("; ")}.`,
    };
  return {
    signature: true,
    reproduced: true,
    words:
      "Verified: the receipt is signed by a Brickyard worker, and re-running the same code on the same input and web answers gave the same output.",
  };
}
