// GET: the public keys that sign function run receipts, so anyone can verify a receipt.
import { publishedWorkerKeys } from "@/lib/functions/receipts/published-keys";

// Read at request time: the key lives in data/ (or WORKER_KEY_SEED), never in the build.
export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json({ keys: await publishedWorkerKeys() });
}
