// The api-price-feed function brick: its manifest passes the function-brick checks (and a broken one
// is caught, naming the key), and its code picks, scales and skips as its README says — run in the
// real sandbox with recorded API answers (replay), so no network is needed.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadBrick } from "@/lib/bricks/load-brick";
import { checkFunctionBrick } from "@/lib/bricks/kinds/function/check-function-brick";
import { loadFunctionBrick } from "@/lib/bricks/kinds/function/load-function-bricks";
import { closeSandboxPool, runFunction } from "@/lib/functions/sandbox";

const DIR = path.resolve(import.meta.dirname, "../../../bricks/api-price-feed");
const URL_ = "https://prices.example.com/v1";

afterAll(() => closeSandboxPool());

async function check(edit: (m: Record<string, unknown>) => void) {
  const text = await readFile(path.join(DIR, "function-brick.json"), "utf8");
  const manifest = JSON.parse(text) as Record<string, unknown>;
  edit(manifest);
  return checkFunctionBrick({
    file: "function-brick.json",
    manifestText: JSON.stringify(manifest),
    read: (rel) => readFile(path.join(DIR, rel), "utf8").catch(() => undefined),
    nameOf: (rel) => rel,
    contractBrick: async (slug) => {
      const loaded = await loadBrick(path.join(DIR, "..", slug));
      return loaded.ok ? loaded.brick : undefined;
    },
  });
}

const jsonPaths = (r: Awaited<ReturnType<typeof check>>) => (r.ok ? [] : r.problems.map((p) => p.jsonPath));

describe("api-price-feed brick manifest", () => {
  it("passes the checks", async () => {
    const loaded = await loadFunctionBrick(DIR);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });
  it("catches a wrong code hash, an unknown target brick, a mapping the ABI refuses and a bad trigger", async () => {
    expect(jsonPaths(await check((m) => (m.codeHash = "0x" + "0".repeat(64))))).toEqual(["$.codeHash"]);
    expect(jsonPaths(await check((m) => (m.feeds = [{ brick: "no-such-brick" }])))).toEqual(["$.feeds[0].brick"]);
    const badArg = await check((m) => {
      (m.delivery as { args: unknown }).args = { value: { kind: "const", value: "not a number" } };
    });
    expect(jsonPaths(badArg)[0]).toMatch(/^\$\.delivery\.args/);
    expect(jsonPaths(await check((m) => (m.triggers = ["hourly"])))).toEqual(["$.triggers[0]"]);
  });
  it("says a manifest's shape problems in words that name the key, as contract bricks' checks do", async () => {
    const r = await check((m) => {
      m.name = "x";
      delete m.summary;
    });
    const problems = r.ok ? [] : r.problems.map((p) => ({ at: p.jsonPath, message: p.message, fix: p.fix }));
    expect(problems).toEqual(
      expect.arrayContaining([
        { at: "$.name", message: '"name" is too short', fix: "use at least 2 characters" },
        { at: "$.summary", message: '"summary" is missing', fix: 'add "summary" (string)' },
      ]),
    );
    for (const p of problems) expect(`${p.message} ${p.fix}`).not.toMatch(/Too small|expected string|Invalid input/);
  });
  it("checks the event trigger's declaration: allowed triggers, and suggested events the target emits", async () => {
    expect(jsonPaths(await check((m) => (m.triggers = ["schedule", "manual"])))).toEqual(["$.event"]);
    const unknown = await check((m) => (m.event = { sources: ["target"], suggested: ["Exploded"] }));
    expect(jsonPaths(unknown)).toEqual(["$.event.suggested[0]"]);
    expect(await check((m) => (m.event = { sources: ["target"], suggested: ["ConsumerSet"] }))).toMatchObject({
      ok: true,
    });
  });
});

describe("api-price-feed code", () => {
  const run = async (body: unknown, input: Record<string, unknown>, state: unknown = null) => {
    const source = await readFile(path.join(DIR, "function.js"), "utf8");
    return runFunction({
      source,
      handler: "run",
      input: { url: URL_, decimals: 8, ...input },
      secrets: {},
      state,
      allowedHosts: ["prices.example.com"],
      replay: { responses: [{ url: URL_, status: 200, body: JSON.stringify(body) }], now: 0, seed: 1 },
    });
  };

  it("picks by a path with names and list positions and scales exactly, rounding half up", async () => {
    const r = await run({ data: [{ price: "5.123456785" }] }, { path: "$.data[0].price" });
    expect(r.error).toBeUndefined();
    expect(r.output).toEqual({ value: 512_345_679 });
    expect((await run({ polkadot: { usd: 4.2 } }, { path: "polkadot.usd", decimals: 2 })).output).toEqual({
      value: 420,
    });
  });
  it("says where the path stopped when the answer has nothing there", async () => {
    const r = await run({ price: 1 }, { path: "data.price" });
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('nothing at "data.price"');
  });
  it("skips a move smaller than the threshold and reports a larger one", async () => {
    const small = await run({ price: "100.5" }, { path: "price", thresholdPercent: 1 }, { last: "10000000000" });
    expect(small.output).toBeNull();
    const large = await run({ price: "102" }, { path: "price", thresholdPercent: 1 }, { last: "10000000000" });
    expect(large.output).toEqual({ value: 10_200_000_000 });
    expect(large.state).toEqual({ last: "10200000000", at: 0 });
  });
});
