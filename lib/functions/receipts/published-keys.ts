// The worker keys receipts are checked against: this installation's key (shared by every worker that
// runs with the same WORKER_KEY_SEED or the same data/ folder). Published at GET /api/functions/worker-keys.
import "server-only";
import { loadWorkerKey } from "./worker-key";
import type { TWorkerIdentity } from "./types";

export async function publishedWorkerKeys(): Promise<(TWorkerIdentity & { scheme: "sr25519" })[]> {
  const key = await loadWorkerKey();
  return [{ publicKey: key.publicKey, address: key.address, scheme: "sr25519" }];
}
