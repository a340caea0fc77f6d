// Placeholder until lib/functions/receipts lands (fn-sandbox): the facts a receipt holds, unsigned.
import "server-only";
import { createHash } from "node:crypto";
import type { TRunResult } from "@/lib/functions/sandbox";
import type { TDeliveryResult } from "../delivery/deliver-run";

const hash = (v: unknown) => "0x" + createHash("sha256").update(JSON.stringify(v ?? null)).digest("hex");

export async function makeReceipt(opts: {
  runId: string;
  seq: number;
  instance: { id: string; sourceHash: string };
  input: unknown;
  result: TRunResult | null;
  workerId: string;
  delivery?: TDeliveryResult;
  previous: string | null;
}): Promise<Record<string, unknown>> {
  const base = opts.previous ? (JSON.parse(opts.previous) as Record<string, unknown>) : {};
  if (!opts.result) return { ...base, delivery: opts.delivery };
  return {
    runId: opts.runId,
    seq: opts.seq,
    codeHash: opts.instance.sourceHash,
    inputHash: hash(opts.input),
    http: opts.result.http,
    outputHash: opts.result.ok ? hash(opts.result.output) : null,
    durationMs: opts.result.durationMs,
    worker: opts.workerId,
  };
}
