// Signed run receipts: build, sign, add a delivery, verify, and replay ("verify this run").
import "server-only";

export type * from "./types";
export { RECEIPT_FORMAT } from "./types";
export { buildReceipt, type TBuildReceipt } from "./build-receipt";
export { signReceipt, attachDelivery } from "./sign-receipt";
export { verifyReceipt, type TVerifyOutcome, type TVerifyOptions } from "./verify-receipt";
export { replayRun, type TReplayOutcome, type TRecordedBody } from "./replay-run";
export { loadWorkerKey, workerKeyFromSeed, WORKER_KEY_FILE, type TWorkerKey } from "./worker-key";
export { hashJson } from "./hash-json";
export { ZSignedReceipt, ZReceipt } from "./schema";
export { publishedWorkerKeys } from "./published-keys";
