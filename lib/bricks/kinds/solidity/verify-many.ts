// Verifies several Solidity bundles' sources at once, one compile per core (each compile runs in its
// own worker thread), so a clean clone's first start pays for its Solidity bricks in parallel rather
// than one after another. Successes land in the verified-source cache, where publishing finds them;
// a failure is left for publishing to report (it compiles that bundle again and refuses it).
import os from "node:os";
import type { SolidityBundle } from "./parse-bundle";
import { verifySoliditySource } from "./verify-source";

export async function verifyMany(bundles: SolidityBundle[], concurrency = os.availableParallelism()): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < bundles.length) {
      const bundle = bundles[next++];
      await verifySoliditySource(bundle).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, bundles.length)) }, worker));
}
