// The receipt of one function run (format described in lib/functions/RECEIPTS.md).
import type { THandlerName, THttpExchange, TLimits, TRunErrorCode } from "../sandbox/types";

export const RECEIPT_FORMAT = "brickyard-function-receipt/1";

export type TJsonValue = string | number | boolean | null | TJsonValue[] | { [key: string]: TJsonValue };

/** What the jobs layer knows about the delivery of the output to chain (network, tx hash, block, sequence…). */
export type TDeliveryRecord = { [key: string]: TJsonValue };

export type TReceipt = {
  format: typeof RECEIPT_FORMAT;
  /** Filled by the jobs layer (function instance, run id, sequence number…); null when run locally. */
  context: Record<string, string | number | null> | null;
  code: { hash: string; handler: THandlerName };
  runtime: string;
  /** Names (never values) of the secrets the run had, so a replay can pass placeholders. */
  secretNames: string[];
  inputHash: string;
  stateHash: string;
  clock: { now: number; seed: number };
  limits: TLimits | null;
  http: THttpExchange[];
  result: {
    ok: boolean;
    outputHash: string | null;
    newStateHash: string | null;
    error: { code: TRunErrorCode; message: string } | null;
  };
  timings: { startedAt: string; durationMs: number };
  /** The delivery transaction when it is known before signing; otherwise see TSignedReceipt.delivery. */
  delivery: TDeliveryRecord | null;
};

export type TWorkerIdentity = { publicKey: string; address: string };

export type TSignedReceipt = {
  receipt: TReceipt;
  signer: TWorkerIdentity;
  /** sr25519 over receiptSigningBytes(receipt). */
  signature: string;
  /** A delivery learned after the receipt was signed, signed on its own and tied to the receipt's signature. */
  deliveryProof?: { delivery: TDeliveryRecord; signer: TWorkerIdentity; signature: string };
};
