// What a worker calls after a run: build the receipt and sign it with this installation's worker key.
import "server-only";
import { buildReceipt, type TBuildReceipt } from "./build-receipt";
import { signReceipt } from "./sign-receipt";
import type { TSignedReceipt } from "./types";
import { loadWorkerKey } from "./worker-key";

export async function issueReceipt(args: TBuildReceipt): Promise<TSignedReceipt> {
  return signReceipt(buildReceipt(args), await loadWorkerKey());
}
