// Function bricks through the one publishing path (issue 13): seeded from bricks/ like contract
// bricks, published by an auditor through the API's service with an audit report, attested over the
// function's code hash, listed in the catalog under the "Function" kind, and gone once yanked; the
// browser form's draft (checked and turned into the manifest the API takes); and `npm run brickyard`
// publishing and yanking a function brick folder against the real route handlers.
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
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
import { checkFunctionDraft } from "@/lib/publishing/check-function-draft";
import { functionDraftToManifest, type TCheckFunctionDraft } from "@/lib/publishing/function-draft";
import { createTeam } from "@/lib/teams/create-team";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { POST as publishRoute } from "@/app/api/v1/bricks/[slug]/versions/route";
import { POST as yankRoute } from "@/app/api/v1/bricks/[slug]/versions/[version]/yank/route";
import { POST as deprecateRoute } from "@/app/api/v1/bricks/[slug]/versions/[version]/deprecate/route";
import { CliError, runBrickyardCli } from "@/scripts/cli/brickyard-commands";
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

/** The publish form's boxes, filled from the first-party brick's files (as an auditor uploading them). */
function draftFrom(raw: Record<string, unknown>, over: Partial<TCheckFunctionDraft> = {}): TCheckFunctionDraft {
  const json = (x: unknown) => JSON.stringify(x, null, 2);
  return {
    sourceName: "function.js",
    sourceText: source,
    slug: slugFor("fn-form"),
    name: raw.name as string,
    summary: raw.summary as string,
    description: manifest.description as string,
    category: raw.category as string,
    tagsText: (raw.tags as string[]).join(", "),
    version: "1.0.0",
    changelog: "First version.",
    inputsText: json(raw.inputs),
    secretsText: json(raw.secrets),
    hostsText: "",
    hostsFromInputsText: (raw.hostsFromInputs as string[]).join(", "),
    limitsText: json(raw.limits),
    triggers: raw.triggers as TCheckFunctionDraft["triggers"],
    webhookText: "",
    feedsText: json(raw.feeds),
    deliveryText: json(raw.delivery),
    ...over,
  };
}

describe("the browser publish form's draft", () => {
  it("computes the code hash from the uploaded source and passes the same checks as the API", async () => {
    const draft = draftFrom(manifest);
    const check = await checkFunctionDraft({ actorId: auditor.id, draft });
    expect(check.problems).toEqual([]);
    expect(check.source).toMatchObject({ codeHash: hashText(source), exportsQuery: true });
    const { manifest: built, errors } = functionDraftToManifest(draft, hashText(source));
    expect(errors).toEqual([]);
    const published = await publishVersion({
      actorId: auditor.id,
      manifest: built,
      bundleText: source,
      report: REPORT,
      source: "ui",
    });
    expect(published).toMatchObject({ outcome: "created", codeHash: hashText(source) });
    expect((await db.brick.findUniqueOrThrow({ where: { slug: draft.slug } })).kind).toBe("function");
  });

  it("puts each problem next to its box: bad JSON, a secret's name, a delivery argument, no trigger", async () => {
    const fieldsOf = async (over: Partial<TCheckFunctionDraft>) =>
      (await checkFunctionDraft({ actorId: auditor.id, draft: draftFrom(manifest, over) })).problems.map(
        (p) => `${p.field} ${p.jsonPath}`,
      );
    expect(await fieldsOf({ secretsText: "[{ name: 1 }" })).toEqual(["secretsText $"]);
    expect(
      await fieldsOf({
        secretsText: JSON.stringify([{ name: "api key", purpose: "The key.", whereToGet: "The dashboard." }]),
      }),
    ).toEqual(["secretsText $.secrets[0].name"]);
    const delivery = { ...(manifest.delivery as object), args: { value: { kind: "const", value: "lots" } } };
    expect((await fieldsOf({ deliveryText: JSON.stringify(delivery) }))[0]).toMatch(/^deliveryText \$\.delivery/);
    expect(await fieldsOf({ triggers: [] })).toEqual(["triggers $.triggers"]);
    expect(await fieldsOf({ sourceText: "export const x = 1;" })).toEqual(["sourceText $.source"]);
  });
});

describe("npm run brickyard with a function brick folder", () => {
  const base = "http://brickyard.test";
  // The CLI's fetch, answered by the real route handlers (the same ones `next start` serves).
  const routes: Array<[RegExp, (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>]> =
    [
      [/^\/api\/v1\/bricks\/(?<slug>[^/]+)\/versions$/, publishRoute as never],
      [/^\/api\/v1\/bricks\/(?<slug>[^/]+)\/versions\/(?<version>[^/]+)\/yank$/, yankRoute as never],
      [/^\/api\/v1\/bricks\/(?<slug>[^/]+)\/versions\/(?<version>[^/]+)\/deprecate$/, deprecateRoute as never],
    ];
  const routedFetch: typeof fetch = async (input, init) => {
    const req = new Request(input, init);
    const url = new URL(req.url);
    for (const [pattern, handler] of routes) {
      const m = pattern.exec(url.pathname);
      if (m) return handler(req, { params: Promise.resolve({ ...m.groups }) });
    }
    return new Response("{}", { status: 404 });
  };
  let dir: string;
  let token: string;
  const lines: string[] = [];
  const cli = (...argv: string[]) =>
    runBrickyardCli([...argv, "--url", base, "--token", token], {
      fetch: routedFetch,
      log: (l) => lines.push(l),
      env: {},
      cwd: dir,
    });

  beforeAll(async () => {
    const team = await createTeam({ actorId: auditor.id, name: "Function CI" });
    token = (await createApiToken({ actorId: auditor.id, teamId: team.id, name: "CI" })).token;
    // A bricks folder as an author has it: the function brick (its own slug) beside the brick it feeds.
    dir = await mkdtemp(path.join(os.tmpdir(), "brickyard-fn-cli-"));
    await symlink(path.join(BRICKS, "price-feed-oracle"), path.join(dir, "price-feed-oracle"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function folder(slug: string, over: Record<string, unknown> = {}) {
    await mkdir(path.join(dir, slug));
    await cp(path.join(BRICKS, "api-price-feed"), path.join(dir, slug), { recursive: true });
    const raw = JSON.parse(await readFile(path.join(dir, slug, "function-brick.json"), "utf8"));
    await writeFile(path.join(dir, slug, "function-brick.json"), JSON.stringify({ ...raw, slug, ...over }));
    await writeFile(path.join(dir, slug, "AUDIT.md"), REPORT.markdown);
    return raw as Record<string, unknown>;
  }

  it("publishes through the REST API, says so, then yanks it; the version stops serving", async () => {
    const slug = slugFor("fn-cli");
    const raw = await folder(slug);
    expect(await cli("publish", slug, "--scope", "function.js")).toBe(0);
    expect(lines.at(-2)).toBe(
      `✓ Published function brick ${slug}@${raw.version} (code hash ${hashText(source)}, report hash ${
        (await db.audit.findFirstOrThrow({ where: { brickVersion: { brick: { slug } } } })).reportHash
      }).`,
    );
    expect(lines.at(-1)).toBe(`  Sign the attestation with your wallet: ${base}/publish/${slug}/${raw.version}`);
    const v = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug } }, omit: { wasm: true, abi: true } });
    expect(v).toMatchObject({ bundleKind: "function", source: "api", codeHash: hashText(source) });
    expect(await getFunctionBrick(slug)).not.toBeNull();

    expect(await cli("publish", slug)).toBe(0);
    expect(lines.at(-1)).toMatch(/is already published with this code/);

    expect(await cli("yank", `${slug}@${raw.version}`, "--reason", "The source API was retired.")).toBe(0);
    expect(lines.at(-1)).toBe(`✓ Yanked ${slug}@${raw.version}.`);
    expect(await getFunctionBrick(slug)).toBeNull();
  });

  it("refuses a folder whose code hash does not match its source before sending anything", async () => {
    const slug = slugFor("fn-cli-bad");
    await folder(slug, { codeHash: `0x${"11".repeat(32)}` });
    const before = await db.brickVersion.count();
    const attempt = cli("publish", slug);
    await expect(attempt).rejects.toBeInstanceOf(CliError);
    await expect(attempt).rejects.toThrow(/\$\.codeHash {2}The code hash does not match/);
    expect(await db.brickVersion.count()).toBe(before);
  });
});
