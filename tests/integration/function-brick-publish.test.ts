// Function bricks through the one publishing path (issue 13): seeded from bricks/ like contract
// bricks, published by an auditor through the API's service with an audit report, attested over the
// function's code hash, listed in the catalog under the "Function" kind, and gone once yanked.
import { mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAttestation } from "@/lib/audits/create-attestation";
import { prepareAttestation } from "@/lib/audits/prepare-attestation";
import { searchBricks } from "@/lib/catalog/search-bricks";
import { ZCatalogQuery } from "@/lib/catalog/search-params";
import { getFunctionBrick } from "@/lib/functions/bricks/get-function-brick";
import { hashText } from "@/lib/functions/sandbox/hash";
import { publishVersion } from "@/lib/publishing/publish-version";
import { setVersionStatus } from "@/lib/publishing/set-version-status";
import { publishBricksFromDirs } from "@/lib/setup/publish-bricks-from-dirs";
import { makePerson, REPORT, slugFor, walletSign, type Person } from "./publish-fixture";

const BRICKS = path.resolve(import.meta.dirname, "../../bricks");
let auditor: Person;
let manifest: Record<string, unknown>;
let source: string;
let seedDir: string;

beforeAll(async () => {
  auditor = await makePerson("Function auditor", "auditor");
  const raw = JSON.parse(await readFile(path.join(BRICKS, "api-price-feed/function-brick.json"), "utf8"));
  const readme = await readFile(path.join(BRICKS, "api-price-feed/README.md"), "utf8");
  source = await readFile(path.join(BRICKS, "api-price-feed/function.js"), "utf8");
  // As the CLI sends it: the description inline, under this test's own slug.
  manifest = { ...raw, slug: slugFor("fn-feed"), description: readme };
  // Seeding reads a bricks folder: this one holds the function brick and the contract brick it feeds.
  seedDir = await mkdtemp(path.join(os.tmpdir(), "brickyard-fn-seed-"));
  for (const slug of ["api-price-feed", "price-feed-oracle"])
    await symlink(path.join(BRICKS, slug), path.join(seedDir, slug));
});
afterAll(async () => {
  await rm(seedDir, { recursive: true, force: true });
});

describe("function bricks in the catalog", () => {
  it("seeds the first-party function brick with the contract bricks, through the same publishing path", async () => {
    const log: string[] = [];
    const first = await publishBricksFromDirs(db, [seedDir], (s) => log.push(s));
    expect(first.refused).toEqual([]);
    expect([...first.created, ...first.unchanged]).toEqual(
      expect.arrayContaining(["price-feed-oracle@1.0.0", "api-price-feed@1.2.0"]),
    );
    const again = await publishBricksFromDirs(db, [seedDir], () => {});
    expect(again.created).toEqual([]);
    const brick = await db.brick.findUniqueOrThrow({ where: { slug: "api-price-feed" }, include: { versions: true } });
    expect(brick.kind).toBe("function");
    expect(brick.versions[0]).toMatchObject({
      bundleKind: "function",
      platform: "offchain",
      codeHash: hashText(source),
    });
    expect(Buffer.from(brick.versions[0].wasm).toString("utf8")).toBe(source);
    expect((await db.brick.findUniqueOrThrow({ where: { slug: "price-feed-oracle" } })).kind).toBe("contract");
    const served = await getFunctionBrick("api-price-feed");
    expect(served?.source).toBe(source);
    expect(served?.manifest.description).toMatch(/price/i);
  });

  it("refuses a function upload whose code hash does not match its source, naming the field; writes nothing", async () => {
    const before = await db.brickVersion.count();
    const attempt = publishVersion({
      actorId: auditor.id,
      manifest: { ...manifest, codeHash: `0x${"00".repeat(32)}` },
      bundleText: source,
      report: REPORT,
      source: "api",
    });
    await expect(attempt).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { "$.codeHash": [expect.stringMatching(/sha-256 is 0x/)] },
    });
    expect(await db.brickVersion.count()).toBe(before);
  });

  it("publishes, attests over the function's code hash, lists under Function, and hides it once yanked", async () => {
    const published = await publishVersion({
      actorId: auditor.id,
      manifest,
      bundleText: source,
      report: REPORT,
      source: "api",
    });
    expect(published).toMatchObject({ outcome: "created", codeHash: hashText(source) });
    const { payload, issuedAt } = await prepareAttestation({ actorId: auditor.id, auditId: published.auditId! });
    expect(payload).toContain(`code-hash: ${hashText(source)}`);
    await createAttestation({
      actorId: auditor.id,
      auditId: published.auditId!,
      signer: auditor.pair.address,
      issuedAt,
      signature: walletSign(auditor.pair, payload),
    });
    const slug = manifest.slug as string;
    expect(await db.brick.findUniqueOrThrow({ where: { slug } })).toMatchObject({ kind: "function", audited: true });

    const find = async (kind: string) =>
      (await searchBricks(db, ZCatalogQuery.parse({ q: "price", kind, category: "oracles" }))).items.map((b) => b.slug);
    expect(await find("function")).toContain(slug);
    expect(await find("function")).not.toContain("price-feed-oracle");
    expect(await find("contract")).not.toContain(slug);
    const listed = await searchBricks(db, ZCatalogQuery.parse({ kind: "function" }));
    expect(listed.items.every((b) => b.kind === "function")).toBe(true);

    // The same slug cannot become a contract brick's, nor the reverse.
    const clash = publishVersion({
      actorId: auditor.id,
      manifest: { ...manifest, slug: "price-feed-oracle", version: "9.0.0" },
      bundleText: source,
      report: REPORT,
      source: "api",
    });
    await expect(clash).rejects.toMatchObject({ code: expect.stringMatching(/CONFLICT|FORBIDDEN/) });

    await setVersionStatus(
      { actorId: auditor.id, slug, version: manifest.version as string, reason: "The API changed its answer format." },
      "yanked",
    );
    expect(await getFunctionBrick(slug)).toBeNull();
    expect(await find("function")).not.toContain(slug);
  });
});
