// Publishes the bricks found in the given folders on start. A brick with problems is skipped with
// each problem printed (file, JSON path, what to change); a changed bundle under an unchanged
// version is refused loudly. Neither stops the rest of the catalog from being served.
import type { PrismaClient } from "@/generated/prisma/client";
import { loadBricksDir } from "@/lib/bricks/load-brick";
import { publishSeedBricks } from "@/lib/bricks/publish-seed-bricks";
import type { PublishableBrick } from "@/lib/bricks/publish-brick-version";
import { functionAsPublishable } from "@/lib/bricks/kinds/function/as-publishable";
import { loadFunctionBricksDir } from "@/lib/bricks/kinds/function/load-function-bricks";
import type { SolidityBundle } from "@/lib/bricks/kinds/solidity/parse-bundle";
import { verifyMany } from "@/lib/bricks/kinds/solidity/verify-many";

export async function publishBricksFromDirs(db: PrismaClient, dirs: string[], log: (s: string) => void) {
  const good: PublishableBrick[] = [];
  for (const dir of dirs) {
    for (const result of await loadBricksDir(dir)) {
      if (result.ok) good.push(result.brick);
      else {
        log(`✗ Skipped the brick in ${result.dir}: it has problems (run npm run bricks:check):`);
        for (const p of result.problems) log(`    ${p.file}  ${p.jsonPath}  ${p.message} — ${p.fix}`);
      }
    }
    // Function bricks (function-brick.json) after the contract bricks they feed: the same publishing path.
    for (const result of await loadFunctionBricksDir(dir)) {
      if (result.ok) good.push(functionAsPublishable(result.brick));
      else {
        log(`✗ Skipped the function brick in ${result.dir}: it has problems (run npm run bricks:check):`);
        for (const p of result.problems) log(`    ${p.file}  ${p.jsonPath}  ${p.message} — ${p.fix}`);
      }
    }
  }
  // Solidity sources are verified (compiled) before publishing; on a clean clone, one per core at once.
  await verifyMany(good.flatMap((b) => (b.bundle.kind === "solidity" ? [b.bundle as SolidityBundle] : [])));
  const summary = await publishSeedBricks(db, good, { throwOnConflict: false });
  log(
    `Bricks: ${summary.created.length} published, ${summary.unchanged.length} unchanged, ${summary.refused.length} refused.`,
  );
  for (const r of summary.refused) log(`✗ REFUSED ${r.brick}: ${r.message}`);
  return summary;
}
