// Catalog search, filters and sort against the real (fresh, migrated) test database file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { searchBricks, catalogFacets } from "@/lib/catalog/search-bricks";
import { ZCatalogQuery } from "@/lib/catalog/search-params";
import { getBrickPage } from "@/lib/catalog/get-brick-page";

const db = createPrismaClient(process.env.DATABASE_URL);
const run = `c${Date.now().toString(36)}`; // keeps this file's rows apart from other tests' rows
const cat = `${run}-cat`;

async function addBrick(i: number, opts: { name: string; tags: string; audited: boolean; network?: string; yanked?: boolean }) {
  const summary = `Summary of ${opts.name} for catalog tests.`;
  const brick = await db.brick.create({
    data: {
      slug: `${run}-${i}`, name: opts.name, summary, description: `# ${opts.name}`, category: cat, tags: opts.tags,
      searchText: `${opts.name} ${summary} ${opts.tags}`.toLowerCase(), latestVersion: "1.0.0", audited: opts.audited,
    },
  });
  const v = await db.brickVersion.create({
    data: {
      brickId: brick.id, version: "1.0.0", versionSort: "00001.00000.00000~", codeHash: `0x${"ab".repeat(32)}`, abi: "{}",
      wasm: new Uint8Array([0, 97, 115, 109]), manifest: JSON.stringify({ networks: opts.network ? [opts.network] : [] }), yankedAt: opts.yanked ? new Date() : null,
    },
  });
  if (opts.network) await db.brickVersionNetwork.create({ data: { brickVersionId: v.id, networkSlug: opts.network } });
}

const q = (input: Record<string, string>) => ZCatalogQuery.parse({ category: cat, ...input });

beforeAll(async () => {
  // Availability is decided from the networks as they are (lib/networks/availability.ts).
  await db.network.create({ data: { slug: `${run}-net`, name: `${run}-net`, rpcUrl: `ws://127.0.0.1:1/${run}`, tokenSymbol: "UNIT", decimals: 12 } });
  await addBrick(1, { name: `Zebra vault ${run}`, tags: "vault savings", audited: true, network: `${run}-net` });
  await addBrick(2, { name: `Alpha splitter ${run}`, tags: "payments split", audited: false, network: `${run}-net` });
  await addBrick(3, { name: `Middle oracle ${run}`, tags: "oracle price", audited: true, network: `${run}-net`, yanked: true });
});
afterAll(() => db.$disconnect());

describe("catalog search", () => {
  it("finds bricks by words in name, summary or tags, case-insensitively", async () => {
    expect((await searchBricks(db, q({ q: "ZEBRA" }))).items.map((b) => b.slug)).toEqual([`${run}-1`]);
    expect((await searchBricks(db, q({ q: "split" }))).items.map((b) => b.slug)).toEqual([`${run}-2`]);
    expect((await searchBricks(db, q({ q: "price oracle" }))).total).toBe(1);
    expect((await searchBricks(db, q({ q: "nothing-like-this" }))).total).toBe(0);
  });

  it("filters by audit status and network (a yanked version does not count)", async () => {
    expect((await searchBricks(db, q({ audit: "audited" }))).items.map((b) => b.slug).sort()).toEqual([`${run}-1`, `${run}-3`]);
    expect((await searchBricks(db, q({ audit: "unaudited" }))).items.map((b) => b.slug)).toEqual([`${run}-2`]);
    const onNet = await searchBricks(db, q({ network: `${run}-net` }));
    expect(onNet.items.map((b) => b.slug).sort()).toEqual([`${run}-1`, `${run}-2`]);
  });

  it("sorts by name, and by default puts audited bricks first", async () => {
    expect((await searchBricks(db, q({ sort: "name" }))).items.map((b) => b.slug)).toEqual([`${run}-2`, `${run}-3`, `${run}-1`]);
    const first = (await searchBricks(db, q({}))).items[0];
    expect(first.audited).toBe(true);
  });

  it("offers the categories in use as facets", async () => {
    expect((await catalogFacets(db)).categories).toContain(cat);
  });

  it("loads a brick page, and null for an unknown slug", async () => {
    const page = await getBrickPage(db, `${run}-1`);
    expect(page?.latest.version).toBe("1.0.0");
    expect(page?.versions[0].networkNames).toEqual([`${run}-net`]);
    expect(await getBrickPage(db, `${run}-missing`)).toBeNull();
  });
});
