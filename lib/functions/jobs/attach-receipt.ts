// The run's receipt (lib/functions/receipts): built from the run and signed with this worker's key
// right after the run (stored with the run's outcome); the delivery transaction, known later, is bound to it with attachDelivery.
import "server-only";
import { db } from "@/lib/db";
import {
  attachDelivery,
  buildReceipt,
  loadWorkerKey,
  signReceipt,
  type TDeliveryRecord,
  type TSignedReceipt,
} from "@/lib/functions/receipts";
import type { TRunResult } from "@/lib/functions/sandbox";
import type { TDeliveryResult } from "../delivery/deliver-run";

export async function signRunReceipt(opts: {
  runId: string;
  seq: number;
  instance: { id: string; source: string };
  input: unknown;
  state: unknown;
  secrets: Record<string, string>;
  result: TRunResult;
  startedAt: Date;
  /** The instance's configuration version the run used (FunctionConfigVersion); signed with it. */
  configVersion?: number;
}): Promise<TSignedReceipt> {
  const receipt = buildReceipt({
    source: opts.instance.source,
    handler: "run",
    input: opts.input,
    state: opts.state,
    secrets: opts.secrets,
    result: opts.result,
    startedAt: opts.startedAt,
    context: {
      instanceId: opts.instance.id,
      runId: opts.runId,
      sequence: opts.seq,
      ...(opts.configVersion ? { configVersion: opts.configVersion } : {}),
    },
  });
  return signReceipt(receipt, await loadWorkerKey());
}

export async function attachDeliveryToReceipt(
  runId: string,
  seq: number,
  network: string,
  contract: string,
  delivery: TDeliveryResult,
): Promise<void> {
  if (delivery.status === "none") return;
  const run = await db.functionRun.findUniqueOrThrow({ where: { id: runId }, select: { receipt: true } });
  if (!run.receipt) return;
  const signed = JSON.parse(run.receipt) as TSignedReceipt;
  const record: TDeliveryRecord =
    delivery.status === "failed" || delivery.status === "nothing"
      ? { network, contract, sequence: seq, status: delivery.status, reason: delivery.reason }
      : {
          network,
          contract,
          sequence: seq,
          status: delivery.status,
          txHash: delivery.extrinsicHash,
          blockHash: delivery.blockHash,
          blockNumber: delivery.blockNumber,
        };
  const updated = attachDelivery(signed, record, await loadWorkerKey());
  await db.functionRun.update({ where: { id: runId }, data: { receipt: JSON.stringify(updated) } });
}
