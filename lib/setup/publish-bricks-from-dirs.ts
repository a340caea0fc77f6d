// Publishes the bricks found in the given folders on start. A brick with problems is skipped with
// each problem printed (file, JSON path, what to change); a changed bundle under an unchanged
// version is refused loudly. Neither stops the rest of the catalog from being served.
import type { PrismaClient } from "@/generated/prisma/client";
import { loadBricksDir, type LoadedBrick } from "@/lib/bricks/load-brick";
import { publishSeedBricks } from "@/lib/bricks/publish-seed-bricks";
import type { SolidityBundle } from "@/lib/bricks/kinds/solidity/parse-bundle";
import { verifyMany } from "@/lib/bricks/kinds/solidity/verify-many";

export async function publishBricksFromDirs(db: PrismaClient, dirs: string[], log: (s: string) => void) {
  const good: LoadedBrick[] = [];
  for (const dir of dirs) {
    for (const result of await loadBricksDir(dir)) {
      if (result.ok) good.push(result.brick);
      else {
        log(`✗ Skipped the brick in ${result.dir}: it has problems (run npm run bricks:check):`);
        for (const p of result.problems) log(`    ${p.file}  ${p.jsonPath}  ${p.message} — ${p.fix}`);
      }
    }
  }
  // Solidity sources are verified (compiled) before publishing; on a clean clone, one per core at once.
  await verifyMany(good.flatMap((b) => (b.bundle.kind === "solidity" ? [b.bundle as SolidityBundle] : [])));
  const summary = await publishSeedBricks(db, good, { throwOnConflict: false });
  log(`Bricks: ${summary.created.length} published, ${summary.unchanged.length} unchanged, ${summary.refused.length} refused.`);
  for (const r of summary.refused) log(`✗ REFUSED ${r.brick}: ${r.message}`);
  return summary;
}
