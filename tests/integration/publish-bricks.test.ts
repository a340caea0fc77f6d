// Publishing bricks into the real (fresh, migrated) test database: idempotent on every start, loud
// when a published version's code would change, and the catalog fields kept right.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadBricksDir } from "@/lib/bricks/load-brick";
import { publishSeedBricks } from "@/lib/bricks/publish-seed-bricks";
import type { LoadedBrick } from "@/lib/bricks/check-brick";

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/bricks");
const db = createPrismaClient(process.env.DATABASE_URL);
const run = `p${Date.now().toString(36)}`; // keeps this file's rows apart from other tests' rows
const fixtures = new Map<string, LoadedBrick>();

/** A fixture brick under a slug of this run, with manifest changes. */
// (Omit "constructor": every object literal inherits one, which TypeScript would check against it.)
function brick(
  fixture: string,
  slug: string,
  changes: Partial<Omit<LoadedBrick["manifest"], "constructor">> = {},
  bundleFrom = fixture,
): LoadedBrick {
  const base = fixtures.get(fixture)!;
  return {
    ...base,
    bundle: fixtures.get(bundleFrom)!.bundle,
    manifest: { ...base.manifest, slug: `${run}-${slug}`, ...changes },
  };
}

beforeAll(async () => {
  for (const r of await loadBricksDir(FIXTURES)) {
    if (!r.ok) throw new Error(`fixture ${r.dir} has problems: ${JSON.stringify(r.problems)}`);
    fixtures.set(r.brick.manifest.slug, r.brick);
  }
  await db.network.createMany({
    data: [
      { slug: `${run}-open`, name: "Open test network", rpcUrl: "ws://127.0.0.1:1", tokenSymbol: "UNIT", decimals: 12 },
      {
        slug: `${run}-prod`,
        name: "Protected test network",
        rpcUrl: "ws://127.0.0.1:2",
        tokenSymbol: "UNIT",
        decimals: 12,
        protected: true,
      },
    ],
  });
});
afterAll(() => db.$disconnect());

describe("publishSeedBricks", () => {
  it("creates every brick once, then changes nothing on the next start", async () => {
    const bricks = [...fixtures.keys()].map((slug) => brick(slug, slug));
    const first = await publishSeedBricks(db, bricks);
    expect(first.created.sort()).toEqual(bricks.map((b) => `${b.manifest.slug}@${b.manifest.version}`).sort());
    expect(first.unchanged).toEqual([]);
    const before = await db.brickVersion.findMany({
      where: { brick: { slug: { startsWith: run } } },
      orderBy: { id: "asc" },
    });

    const second = await publishSeedBricks(db, bricks);
    expect(second).toEqual({ created: [], unchanged: first.created, refused: [] });
    const after = await db.brickVersion.findMany({
      where: { brick: { slug: { startsWith: run } } },
      orderBy: { id: "asc" },
    });
    expect(after).toEqual(before);
  });

  it("stores what the catalog needs: search text, tags, versions, code, ABI, networks", async () => {
    const row = await db.brick.findUniqueOrThrow({
      where: { slug: `${run}-demo-token` },
      include: { versions: { include: { networks: true } } },
    });
    const demo = fixtures.get("demo-token")!;
    expect(row).toMatchObject({
      name: "Demo token",
      category: "tokens",
      tags: "erc20 fungible-token fixed-supply",
      latestVersion: "1.0.0",
      audited: false,
    });
    expect(row.searchText).toBe(`demo token ${demo.manifest.summary.toLowerCase()} erc20 fungible-token fixed-supply`);
    expect(row.description).toMatch(/^# Demo token/);
    const [v] = row.versions;
    expect(v).toMatchObject({
      version: "1.0.0",
      versionSort: "00001.00000.00000~",
      codeHash: demo.bundle.codeHash,
      source: "seed",
    });
    expect(Buffer.from(v.wasm).equals(Buffer.from(demo.bundle.wasm))).toBe(true);
    expect(JSON.parse(v.abi).source.wasm).toBeUndefined();
    expect(JSON.parse(v.manifest)).toMatchObject({ slug: `${run}-demo-token`, description: demo.manifest.description });
    // No networks in the manifest: every network that is not protected, as they were at publish time.
    // (An ink! v4/v5 brick goes to pallet-contracts networks only.)
    const open = (
      await db.network.findMany({ where: { protected: false, platform: "contracts" }, select: { slug: true } })
    ).map((n) => n.slug);
    expect(v.networks.map((n) => n.networkSlug).sort()).toEqual(open.sort());
    expect(open).toContain(`${run}-open`);
    expect(open).not.toContain(`${run}-prod`);
    expect(
      await db.auditLogEntry.count({ where: { action: "brick.publish", target: `brick:${run}-demo-token@1.0.0` } }),
    ).toBe(1);
  });

  it("refuses loudly to change the code of a published version, after publishing the rest", async () => {
    const changed = brick("demo-token", "demo-token", {}, "on-off-switch");
    const fresh = brick("on-off-switch", "fresh-one");
    const error = await publishSeedBricks(db, [changed, fresh]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("CONFLICT");
    const message = (error as AppError).userMessage;
    expect(message).toContain(`"${run}-demo-token" version 1.0.0`);
    expect(message).toContain(fixtures.get("demo-token")!.bundle.codeHash);
    expect(message).toContain(fixtures.get("on-off-switch")!.bundle.codeHash);
    expect(message).toMatch(/bump "version" in brick\.json \(e\.g\. to 1\.0\.1\)/);
    // The other brick was still published; the refused one kept its code.
    expect(await db.brick.count({ where: { slug: `${run}-fresh-one` } })).toBe(1);
    const kept = await db.brickVersion.findFirstOrThrow({
      where: { brick: { slug: `${run}-demo-token` }, version: "1.0.0" },
    });
    expect(kept.codeHash).toBe(fixtures.get("demo-token")!.bundle.codeHash);

    const summary = await publishSeedBricks(db, [changed], { throwOnConflict: false });
    expect(summary.refused).toEqual([{ brick: `${run}-demo-token@1.0.0`, message }]);
  });

  it("keeps latestVersion at the greatest release, and the listing from that version", async () => {
    const slug = `${run}-versions`;
    await publishSeedBricks(db, [brick("demo-token", "versions", { version: "1.0.0" })]);
    await publishSeedBricks(db, [
      brick("demo-token", "versions", { version: "1.1.0", name: "Demo token II" }, "allowance-token"),
    ]);
    expect(await db.brick.findUniqueOrThrow({ where: { slug } })).toMatchObject({
      latestVersion: "1.1.0",
      name: "Demo token II",
    });

    // An older patch or a prerelease does not take over the card.
    await publishSeedBricks(db, [
      brick("demo-token", "versions", { version: "1.0.1", name: "Old name" }),
      brick("demo-token", "versions", { version: "2.0.0-rc.1", name: "Next name" }, "on-off-switch"),
    ]);
    const row = await db.brick.findUniqueOrThrow({
      where: { slug },
      include: { versions: { orderBy: { versionSort: "desc" } } },
    });
    expect(row).toMatchObject({ latestVersion: "1.1.0", name: "Demo token II" });
    expect(row.versions.map((v) => v.version)).toEqual(["2.0.0-rc.1", "1.1.0", "1.0.1", "1.0.0"]);
  });

  it("writes exactly the networks a manifest names", async () => {
    await publishSeedBricks(db, [brick("kill-switch", "only-prod", { networks: [`${run}-prod`] })]);
    const v = await db.brickVersion.findFirstOrThrow({
      where: { brick: { slug: `${run}-only-prod` } },
      include: { networks: true },
    });
    expect(v.networks.map((n) => n.networkSlug)).toEqual([`${run}-prod`]);
  });
});
