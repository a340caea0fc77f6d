// Catalog search, filters and sort against the real (fresh, migrated) test database file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { searchBricks, catalogFacets } from "@/lib/catalog/search-bricks";
import { ZCatalogQuery } from "@/lib/catalog/search-params";
import { getBrickPage } from "@/lib/catalog/get-brick-page";
import { suggestSearches } from "@/lib/catalog/suggest-searches";

const db = createPrismaClient(process.env.DATABASE_URL);
const run = `c${Date.now().toString(36)}`; // keeps this file's rows apart from other tests' rows
const cat = `${run}-cat`;

type TBrickOpts = {
  name: string;
  tags: string;
  audited: boolean;
  network?: string;
  yanked?: boolean;
  category?: string;
  description?: string;
};

async function addBrick(i: number, opts: TBrickOpts) {
  const summary = `Summary of ${opts.name} for catalog tests.`;
  const brick = await db.brick.create({
    data: {
      slug: `${run}-${i}`,
      name: opts.name,
      summary,
      description: opts.description ?? `# ${opts.name}`,
      category: opts.category ?? cat,
      tags: opts.tags,
      searchText: `${opts.name} ${summary} ${opts.tags}`.toLowerCase(),
      latestVersion: "1.0.0",
      audited: opts.audited,
    },
  });
  const v = await db.brickVersion.create({
    data: {
      brickId: brick.id,
      version: "1.0.0",
      versionSort: "00001.00000.00000~",
      codeHash: `0x${"ab".repeat(32)}`,
      abi: "{}",
      wasm: new Uint8Array([0, 97, 115, 109]),
      manifest: JSON.stringify({ networks: opts.network ? [opts.network] : [] }),
      yankedAt: opts.yanked ? new Date() : null,
    },
  });
  if (opts.network) await db.brickVersionNetwork.create({ data: { brickVersionId: v.id, networkSlug: opts.network } });
}

const q = (input: Record<string, string>) => ZCatalogQuery.parse({ category: cat, ...input });
// Full-text cases live in their own category so other files' bricks never show up in their results.
const fts = `${run}-fts`;
const f = (input: Record<string, string>) => ZCatalogQuery.parse({ category: fts, ...input });
const slugs = async (input: Record<string, string>) => (await searchBricks(db, f(input))).items.map((b) => b.slug);

beforeAll(async () => {
  // Availability is decided from the networks as they are (lib/networks/availability.ts).
  await db.network.create({
    data: {
      slug: `${run}-net`,
      name: `${run}-net`,
      rpcUrl: `ws://127.0.0.1:1/${run}`,
      tokenSymbol: "UNIT",
      decimals: 12,
    },
  });
  await addBrick(1, { name: `Zebra vault ${run}`, tags: "vault savings", audited: true, network: `${run}-net` });
  await addBrick(2, { name: `Alpha splitter ${run}`, tags: "payments split", audited: false, network: `${run}-net` });
  await addBrick(3, {
    name: `Middle oracle ${run}`,
    tags: "oracle price",
    audited: true,
    network: `${run}-net`,
    yanked: true,
  });
  await addBrick(10, {
    name: "Payment splitter",
    tags: "payments revenue-share splitter",
    audited: true,
    category: fts,
  });
  await addBrick(11, { name: "Badge collectibles", tags: "collectible badge", audited: false, category: fts });
  await addBrick(12, { name: "Shared account", tags: "shared account approvals", audited: false, category: fts });
  await addBrick(13, { name: "Community voting", tags: "governance voting proposals", audited: false, category: fts });
  await addBrick(14, {
    name: "Quiet ledger",
    tags: "ledger",
    audited: false,
    category: fts,
    description: "Keeps a record of splitter payouts.",
  });
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
    expect((await searchBricks(db, q({ audit: "audited" }))).items.map((b) => b.slug).sort()).toEqual([
      `${run}-1`,
      `${run}-3`,
    ]);
    expect((await searchBricks(db, q({ audit: "unaudited" }))).items.map((b) => b.slug)).toEqual([`${run}-2`]);
    const onNet = await searchBricks(db, q({ network: `${run}-net` }));
    expect(onNet.items.map((b) => b.slug).sort()).toEqual([`${run}-1`, `${run}-2`]);
  });

  it("sorts by name, and by default puts audited bricks first", async () => {
    expect((await searchBricks(db, q({ sort: "name" }))).items.map((b) => b.slug)).toEqual([
      `${run}-2`,
      `${run}-3`,
      `${run}-1`,
    ]);
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

describe("full-text search (FTS5)", () => {
  it("understands everyday words through the synonym list", async () => {
    expect(await slugs({ q: "send money to several people" })).toEqual([`${run}-10`]);
    expect(await slugs({ q: "split payments" })).toEqual([`${run}-10`]);
    expect(await slugs({ q: "NFT" })).toEqual([`${run}-11`]);
    expect(await slugs({ q: "multisig" })).toEqual([`${run}-12`]);
    expect(await slugs({ q: "dao" })).toEqual([`${run}-13`]);
  });

  it("matches prefixes and word forms, in name, tags and description", async () => {
    expect(await slugs({ q: "colle" })).toEqual([`${run}-11`]);
    expect(await slugs({ q: "proposal" })).toEqual([`${run}-13`]);
    expect(await slugs({ q: "payouts" })).toEqual([`${run}-14`]);
  });

  it("ranks a match in the name above one only in the description (bm25)", async () => {
    expect(await slugs({ q: "splitter" })).toEqual([`${run}-10`, `${run}-14`]);
  });

  it("treats FTS5 syntax in the text as plain words", async () => {
    expect(await slugs({ q: '"quiet ledger*' })).toEqual([`${run}-14`]);
    expect(await slugs({ q: "ledger NOT quiet" })).toEqual([]); // NOT is a word here, not an operator
    expect(await slugs({ q: "*) OR (" })).toHaveLength(5); // nothing searchable: the whole (filtered) catalog
  });

  it("follows renames: the index is kept in sync by triggers", async () => {
    await db.brick.update({ where: { slug: `${run}-14` }, data: { name: "Loud ledger", summary: "A louder ledger." } });
    expect(await slugs({ q: "loud" })).toEqual([`${run}-14`]);
    expect(await slugs({ q: "quiet" })).toEqual([]);
  });

  it("suggests a spelling fix and partial matches when nothing matches", async () => {
    const typo = await suggestSearches(db, f({ q: "colectibles" }));
    expect(typo.didYouMean).toBe("collectibles");
    const partial = await suggestSearches(db, f({ q: "voting unicorns" }));
    expect(partial.partial.map((b) => b.name)).toEqual(["Community voting"]);
    expect(partial.tryWords.length).toBeGreaterThan(0);
    expect(partial.tryWords.filter((w) => partial.tryWords.includes(`${w}s`))).toEqual([]); // no "token" and "tokens"
  });
});
