// The run's receipt: built and signed with the worker key by lib/functions/receipts (fn-sandbox
// branch), stored on the run; the delivery transaction is added once it is known.
import "server-only";
import { db } from "@/lib/db";
import type { TRunResult } from "@/lib/functions/sandbox";
import type { TDeliveryResult } from "../delivery/deliver-run";
import { makeReceipt } from "./make-receipt";

export async function attachReceipt(
  runId: string,
  instance: { id: string; source: string; sourceHash: string },
  input: unknown,
  result: TRunResult | null,
  workerId: string,
  delivery?: TDeliveryResult,
): Promise<void> {
  const run = await db.functionRun.findUniqueOrThrow({ where: { id: runId }, select: { receipt: true, seq: true } });
  const receipt = await makeReceipt({ runId, seq: run.seq, instance, input, result, workerId, delivery, previous: run.receipt });
  await db.functionRun.update({ where: { id: runId }, data: { receipt: JSON.stringify(receipt) } });
}
