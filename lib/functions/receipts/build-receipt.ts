// A receipt from a run request and its result. Only hashes of the input, state and output, and the
// redacted HTTP exchanges: a receipt can be shown to anyone; secrets and bodies stay out of it.
import type { TRunResult, THandlerName } from "../sandbox/types";
import { RUNTIME_VERSION } from "../sandbox/runtime-version";
import { hashText } from "../sandbox/hash";
import { hashJson } from "./hash-json";
import { RECEIPT_FORMAT, type TDeliveryRecord, type TReceipt } from "./types";

export type TBuildReceipt = {
  source: string;
  handler: THandlerName;
  input: unknown;
  state: unknown;
  /** The run's secrets; only their names enter the receipt. */
  secrets?: Record<string, string>;
  result: TRunResult;
  startedAt?: Date;
  context?: TReceipt["context"];
  delivery?: TDeliveryRecord | null;
};

export function buildReceipt(args: TBuildReceipt): TReceipt {
  const { result } = args;
  return {
    format: RECEIPT_FORMAT,
    context: args.context ?? null,
    code: { hash: hashText(args.source), handler: args.handler },
    runtime: RUNTIME_VERSION,
    secretNames: Object.keys(args.secrets ?? {}).sort(),
    inputHash: hashJson(args.input),
    stateHash: hashJson(args.state),
    clock: { now: result.now, seed: result.seed },
    limits: result.limits ?? null,
    http: result.http.map((h) => ({ ...h })),
    result: {
      ok: result.ok,
      outputHash: result.ok ? hashJson(result.output) : null,
      newStateHash: result.ok ? hashJson(result.state) : null,
      error: result.error ?? null,
    },
    timings: { startedAt: (args.startedAt ?? new Date(result.now)).toISOString(), durationMs: result.durationMs },
    delivery: args.delivery ?? null,
  };
}
