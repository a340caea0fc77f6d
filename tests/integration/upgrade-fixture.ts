// Upgrade targets for the allow-list instance of operate-actions.test.ts: allowlist-registry 1.2.0
// (bricks/_examples/allowlist-registry-next: the same storage plus code_version(), so its code hash
// differs), a 1.3.0 of the same bundle that is then yanked, and another brick's version. All allowed
// on the test network, so only the rule under test refuses them. Idempotent within a run.
import path from "node:path";
import { db } from "@/lib/db";
import { loadBrick } from "@/lib/bricks/load-brick";
import { publishBrickVersion } from "@/lib/bricks/publish-brick-version";
import { REPO_ROOT } from "@/lib/chain/dev-chain/spec";

export async function publishUpgradeTargets(networkSlug: string) {
  const loaded = await loadBrick(path.resolve(REPO_ROOT, "tests/fixtures/bricks/upgrade-target/allowlist-registry"));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("; "));
  const brick = loaded.brick;
  await publishBrickVersion(db, brick, { source: "seed" });
  await publishBrickVersion(db, { ...brick, manifest: { ...brick.manifest, version: "1.3.0" } }, { source: "seed" });
  const find = (slug: string, version: string) =>
    db.brickVersion.findFirstOrThrow({ where: { brick: { slug }, version } });
  const [next, yanked, foreign] = await Promise.all([
    find("allowlist-registry", "1.2.0"),
    find("allowlist-registry", "1.3.0"),
    find("fungible-token", "1.0.0"),
  ]);
  await db.brickVersion.update({
    where: { id: yanked.id },
    data: { yankedAt: new Date(), yankedReason: "Test: withdrawn." },
  });
  for (const v of [next, yanked, foreign])
    await db.brickVersionNetwork.upsert({
      where: { brickVersionId_networkSlug: { brickVersionId: v.id, networkSlug } },
      create: { brickVersionId: v.id, networkSlug },
      update: {},
    });
  return { next, yanked, foreign };
}
