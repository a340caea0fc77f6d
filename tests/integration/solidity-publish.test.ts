// Publishing a Solidity bundle into the real test database: its recorded compiler input is compiled
// again with the pinned resolc (the example consumer, the smallest bundle: two compiles in this
// file), the version records kind, platform and keccak code hash, goes only to revive networks and
// keeps its sources; sources that do not compile to the code are refused with nothing written, and a
// second publish of verified code is answered from the cache without compiling.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkBrick, type LoadedBrick } from "@/lib/bricks/check-brick";
import { publishBrickVersion } from "@/lib/bricks/publish-brick-version";
import { readStoredSolidity } from "@/lib/bricks/kinds/solidity/parse-bundle";

const BUNDLE = path.resolve(import.meta.dirname, "../../bricks/_examples/feed-consumer/dist/feed-consumer.sol.json");
const db = createPrismaClient(process.env.DATABASE_URL);
const run = `s${Date.now().toString(36)}`;
let cache: string;
let bundleText: string;

async function load(version: string, text = bundleText): Promise<LoadedBrick> {
  const manifest = {
    slug: `${run}-consumer`,
    name: "Feed consumer",
    summary: "The example consumer of the Solidity price feed.",
    description: "Example.",
    category: "oracles",
    version,
    contract: "consumer.sol.json",
    config: { type: "object", properties: {} },
    constructor: { name: "constructor", args: {} },
  };
  const r = await checkBrick({
    file: "brick.json",
    manifestText: JSON.stringify(manifest),
    read: async () => text,
    nameOf: (p) => p,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.brick;
}

beforeAll(async () => {
  cache = await mkdtemp(path.join(os.tmpdir(), "brickyard-verify-"));
  process.env.SOLIDITY_VERIFY_CACHE_DIR = cache;
  bundleText = await readFile(BUNDLE, "utf8");
  await db.network.createMany({
    data: [
      {
        slug: `${run}-ink`,
        name: "Ink network",
        rpcUrl: "ws://127.0.0.1:1",
        tokenSymbol: "UNIT",
        decimals: 12,
        platform: "contracts",
      },
      {
        slug: `${run}-revive`,
        name: "Revive network",
        rpcUrl: "ws://127.0.0.1:2",
        tokenSymbol: "QF",
        decimals: 18,
        platform: "revive",
      },
    ],
  });
});
afterAll(async () => {
  await db.network.deleteMany({ where: { slug: { startsWith: run } } });
  await db.$disconnect();
  delete process.env.SOLIDITY_VERIFY_CACHE_DIR;
  await rm(cache, { recursive: true, force: true });
});

describe("publishing a Solidity bundle (verified source)", () => {
  it("recompiles the input, stores kind, platform, code and sources, and lists it on revive networks only", async () => {
    const brick = await load("1.0.0");
    const started = Date.now();
    expect(await publishBrickVersion(db, brick)).toBe("created");
    const compileMs = Date.now() - started;
    const v = await db.brickVersion.findFirstOrThrow({
      where: { brick: { slug: `${run}-consumer` } },
      include: { networks: true },
    });
    expect(v).toMatchObject({ bundleKind: "solidity", platform: "revive", codeHash: brick.bundle.codeHash });
    expect(Buffer.from(v.wasm).equals(Buffer.from(brick.bundle.wasm))).toBe(true);
    const stored = readStoredSolidity(JSON.parse(v.abi));
    expect(stored.input.sources["contracts/FeedConsumer.sol"].content).toContain("contract FeedConsumer");
    const mine = v.networks.map((n) => n.networkSlug).filter((s) => s.startsWith(run));
    expect(mine).toEqual([`${run}-revive`]);

    // Verified once: the same input and code under a new version is not compiled again.
    const again = Date.now();
    expect(await publishBrickVersion(db, await load("1.0.1"))).toBe("created");
    expect(Date.now() - again).toBeLessThan(Math.max(2_000, compileMs / 3));
  });

  it("refuses sources that do not compile to the code, writing nothing", async () => {
    const json = JSON.parse(bundleText);
    const file = "contracts/FeedConsumer.sol";
    // Same code and hash, but the recorded source now says something else (a changed revert check).
    json.input.sources[file].content = json.input.sources[file].content.replace("if (value < 0)", "if (value < 1)");
    const tampered = await load("1.0.2", JSON.stringify(json));
    const error = await publishBrickVersion(db, tampered).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("BAD_INPUT");
    expect((error as AppError).userMessage).toMatch(
      /^Source not verified: The bundle's sources do not compile to its code/,
    );
    expect(await db.brickVersion.count({ where: { brick: { slug: `${run}-consumer` }, version: "1.0.2" } })).toBe(0);
  });

  it("refuses a bundle built with another compiler than the pinned one, without compiling", async () => {
    const json = JSON.parse(bundleText);
    json.compiler.resolc = "0.2.0";
    const error = await publishBrickVersion(db, await load("1.0.3", JSON.stringify(json))).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as AppError).userMessage).toMatch(
      /compiled with resolc 0\.2\.0 .* Brickyard verifies with resolc 0\.3\.0/,
    );
  });
});
