// What the first start of a clean clone pays for the Solidity bricks: publishing verifies each
// bundle's source by compiling its recorded input with the pinned resolc (verify-source.ts), once
// per clone; later starts find the success in data/verified-sources. Prints the cold time (empty
// cache, as on a clean clone) and the warm time (the cache filled by the cold pass) for every
// Solidity bundle under bricks/, the ratio, and the cold time with one compile per core at once
// (what start-up does, lib/bricks/kinds/solidity/verify-many.ts). Nothing is written outside a temporary folder.
//   npm run bench:solidity-seed
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadBricksDir } from "@/lib/bricks/load-brick";
import type { SolidityBundle } from "@/lib/bricks/kinds/solidity/parse-bundle";
import { verifyMany } from "@/lib/bricks/kinds/solidity/verify-many";
import { verifySoliditySource } from "@/lib/bricks/kinds/solidity/verify-source";

async function main() {
  const loaded = [...(await loadBricksDir("bricks")), ...(await loadBricksDir("bricks/_examples"))];
  const bundles = loaded.flatMap((b) =>
    b.ok && b.brick.bundle.kind === "solidity"
      ? [{ slug: b.brick.manifest.slug, bundle: b.brick.bundle as SolidityBundle }]
      : [],
  );
  const cache = await mkdtemp(path.join(os.tmpdir(), "brickyard-seed-bench-"));
  process.env.SOLIDITY_VERIFY_CACHE_DIR = cache;
  console.log(
    `${bundles.length} Solidity bundles, ${os.availableParallelism()} cores, load average ${os.loadavg()[0].toFixed(1)}`,
  );
  let cold = 0;
  let warm = 0;
  try {
    for (const { slug, bundle } of bundles) {
      const t0 = performance.now();
      const first = await verifySoliditySource(bundle);
      const t1 = performance.now();
      const again = await verifySoliditySource(bundle);
      const t2 = performance.now();
      if (!first.ok || !again.ok || !again.cached) throw new Error(`${slug}: ${JSON.stringify(first)}`);
      cold += t1 - t0;
      warm += t2 - t1;
      console.log(
        `${slug.padEnd(22)} ${(bundle.wasm.length / 1024).toFixed(1).padStart(6)} KB  cold ${((t1 - t0) / 1000).toFixed(1).padStart(6)} s  warm ${(t2 - t1).toFixed(1).padStart(6)} ms`,
      );
    }
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
  console.log(
    `first seed (clean clone), one after another: ${(cold / 1000).toFixed(1)} s of compiling; later starts: ${warm.toFixed(0)} ms (${(cold / Math.max(warm, 1)).toFixed(0)}× less)`,
  );
  // What start-up does now (publish-bricks-from-dirs.ts): one compile per core at once, cold cache.
  const fresh = await mkdtemp(path.join(os.tmpdir(), "brickyard-seed-bench-"));
  process.env.SOLIDITY_VERIFY_CACHE_DIR = fresh;
  try {
    const t0 = performance.now();
    await verifyMany(bundles.map((b) => b.bundle));
    const parallel = performance.now() - t0;
    console.log(
      `first seed (clean clone), ${os.availableParallelism()} at once: ${(parallel / 1000).toFixed(1)} s (${(cold / parallel).toFixed(2)}× faster than one after another)`,
    );
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
