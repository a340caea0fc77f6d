import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkBrick } from "@/lib/bricks/check-brick";
import { loadBrick, loadBricksDir } from "@/lib/bricks/load-brick";
import { bundleText, FIXTURE_BRICKS, SHARED_CONTRACTS } from "./helpers";

const tmp = mkdtempSync(path.join(os.tmpdir(), "brickyard-bricks-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const demo = JSON.parse(readFileSync(path.join(FIXTURE_BRICKS, "demo-token", "brick.json"), "utf8"));

/** Writes a brick folder in the temp dir; `contract` defaults to the real ink! 5 erc20 bundle. */
function writeBrick(folder: string, manifest: Record<string, unknown>, files: Record<string, string> = {}) {
  const dir = path.join(tmp, folder);
  mkdirSync(dir, { recursive: true });
  const body = {
    ...demo,
    slug: folder,
    description: "A test brick.",
    contract: path.join(SHARED_CONTRACTS, "ink-v5-erc20.contract.json"),
    ...manifest,
  };
  writeFileSync(path.join(dir, "brick.json"), JSON.stringify(body, null, 2));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe("loadBricksDir on the fixture bricks", () => {
  it("loads every fixture brick without a problem, in name order", async () => {
    const results = await loadBricksDir(FIXTURE_BRICKS);
    expect(results.map((r) => (r.ok ? r.brick.manifest.slug : r.problems))).toEqual([
      "allowance-token",
      "demo-token",
      "ink-v6-flipper",
      "kill-switch",
      "on-off-switch",
    ]);
    const token = results[1];
    if (!token.ok) throw new Error("demo-token failed");
    expect(token.brick.manifest.description).toMatch(/^# Demo token/);
    expect(token.brick.bundle.codeHash).toBe(JSON.parse(bundleText("ink-v5-erc20")).source.hash);
  });

  it("skips _ folders and folders without brick.json; a missing folder has no bricks", async () => {
    const root = path.join(tmp, "root");
    mkdirSync(path.join(root, "_kit"), { recursive: true });
    writeFileSync(path.join(root, "_kit", "brick.json"), "{ broken");
    mkdirSync(path.join(root, "notes"));
    expect(await loadBricksDir(root)).toEqual([]);
    expect(await loadBricksDir(path.join(tmp, "nowhere"))).toEqual([]);
  });
});

describe("loadBrick problems", () => {
  it("refuses a bundle whose code hash does not match its wasm", async () => {
    const raw = JSON.parse(bundleText("ink-v5-erc20"));
    const realHash = raw.source.hash;
    raw.source.hash = "0x" + "11".repeat(32);
    const dir = writeBrick(
      "hash-mismatch",
      { contract: "bundle.contract.json" },
      { "bundle.contract.json": JSON.stringify(raw) },
    );
    const result = await loadBrick(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        file: path.join(dir, "bundle.contract.json"),
        jsonPath: "$.source.hash",
        message: `The bundle says its code hash is 0x${"11".repeat(32)}, but its wasm hashes to ${realHash} (blake2-256): the wasm or the hash was changed`,
        fix: "rebuild the bundle with cargo-contract; never edit the wasm or the hash by hand",
      },
    ]);
  });

  it("refuses a tampered wasm (the hash no longer matches, the wasm rules still run)", async () => {
    const raw = JSON.parse(bundleText("ink-v4-flipper"));
    // "call" → "cell" in the export section: a wasm that no longer has its hash, nor a call export.
    raw.source.wasm = raw.source.wasm.replace("0463616c6c", "0463656c6c");
    const dir = writeBrick(
      "tampered",
      {
        contract: "b.json",
        constructor: { name: "new", args: { init_value: { kind: "const", value: true } } },
        config: { type: "object", properties: {} },
        settings: [],
      },
      { "b.json": JSON.stringify(raw) },
    );
    const result = await loadBrick(dir);
    expect(result.ok ? [] : result.problems.map((p) => [p.jsonPath, p.message])).toEqual([
      [
        "$.source.hash",
        expect.stringMatching(/^The bundle says its code hash is 0xa5b19cb6.*, but its wasm hashes to 0x/),
      ],
      [
        "$.source.wasm",
        expect.stringMatching(/^The wasm must export exactly the functions "deploy" and "call"; it is missing "call"/),
      ],
    ]);
  });

  it("collects every problem, naming file, path, what and how to fix", async () => {
    const dir = writeBrick("many-problems", {
      description: { file: "MISSING.md" },
      version: "1.0",
      tags: ["Fine Tag"],
      constructor: { name: "new", args: { supply: { kind: "field", field: "totalSupply" } } },
    });
    const result = await loadBrick(dir);
    if (result.ok) throw new Error("expected problems");
    expect(result.problems.map((p) => [path.basename(p.file), p.jsonPath, p.message])).toEqual([
      ["brick.json", "$.tags[0]", '"tags[0]" has the wrong format: "Fine Tag"'],
      ["brick.json", "$.version", '"1.0" is not a semantic version Brickyard can store'],
      ["brick.json", "$.description.file", `The description file ${path.join(dir, "MISSING.md")} does not exist`],
      ["brick.json", "$.constructor.args", 'Argument "total_supply" (u128) of constructor "new" is not mapped'],
      ["brick.json", "$.constructor.args.supply", '"supply" is not an argument of constructor "new"'],
    ]);
    expect(result.problems.every((p) => p.fix.length > 5)).toBe(true);
  });

  it("says when the contract file is missing, and when the folder is not named after the slug", async () => {
    const dir = writeBrick("wrong-folder", { slug: "right-name", contract: "nope.contract.json" });
    const result = await loadBrick(dir);
    if (result.ok) throw new Error("expected problems");
    expect(result.problems.map((p) => [p.jsonPath, p.message])).toEqual([
      ["$.contract", `The contract bundle ${path.join(dir, "nope.contract.json")} does not exist`],
      ["$.slug", 'The slug "right-name" differs from the folder name "wrong-folder"'],
    ]);
  });

  it("reports a missing key plainly, even the constructor every object inherits", async () => {
    const { constructor: _c, ...rest } = demo;
    void _c;
    const result = await checkBrick({
      file: "upload",
      manifestText: JSON.stringify(rest),
      read: async () => undefined,
      nameOf: (f) => f,
    });
    if (result.ok) throw new Error("expected problems");
    expect(result.problems.map((p) => [p.jsonPath, p.message, p.fix])).toContainEqual([
      "$.constructor",
      '"constructor" is missing',
      'add "constructor" (object)',
    ]);
  });

  it("checks an upload from memory, not only from a folder", async () => {
    const files: Record<string, string> = { "c.json": bundleText("ink-v5-erc20"), "README.md": "# Hello" };
    const result = await checkBrick({
      file: "upload:brick.json",
      manifestText: JSON.stringify({ ...demo, contract: "c.json" }),
      read: async (f) => files[f],
      nameOf: (f) => `upload:${f}`,
    });
    expect(result.ok && result.brick.manifest.description).toBe("# Hello");
  });
});
