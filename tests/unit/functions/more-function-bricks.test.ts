// The scheduled-release and signup-allowlist function bricks: their manifests pass the function-brick
// checks (delivery typed against the vesting wallet's and the allowlist registry's ABI), and their code
// runs in the real sandbox against a local test HTTP server (http:// and 127.0.0.1 are the sandbox's
// test-only permissions), deciding as their READMEs say.
import http from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFunctionBrick } from "@/lib/bricks/kinds/function/load-function-bricks";
import { closeSandboxPool, runFunction } from "@/lib/functions/sandbox";

const BRICKS = path.resolve(import.meta.dirname, "../../../bricks");
const answers = new Map<string, { status: number; body: unknown }>();
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const a = answers.get(req.url ?? "") ?? { status: 404, body: { error: "not here" } };
    res.writeHead(a.status, { "content-type": "application/json" });
    res.end(JSON.stringify(a.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await closeSandboxPool();
  await new Promise((r) => server.close(r));
});

async function run(slug: string, route: string, body: unknown, input: Record<string, unknown>, state: unknown = null) {
  answers.set(route, { status: 200, body });
  const source = await readFile(path.join(BRICKS, slug, "function.js"), "utf8");
  return runFunction({
    source,
    handler: "run",
    input: { url: `${base}${route}`, ...input },
    secrets: {},
    state,
    allowedHosts: [new URL(base).host],
    allowHttp: true,
    allowPrivateAddresses: true,
  });
}

describe.each(["scheduled-release", "signup-allowlist"])("%s manifest", (slug) => {
  it("passes the checks, its delivery typed against the contract brick it feeds", async () => {
    const loaded = await loadFunctionBrick(path.join(BRICKS, slug));
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });
});

// The first run starts the sandbox process pool: seconds on a busy machine.
describe("scheduled-release code", { timeout: 60_000 }, () => {
  it("releases when the reported amount is above the minimum, and skips otherwise", async () => {
    const due = await run(
      "scheduled-release",
      "/w1",
      { data: { releasable: "125.5" } },
      { path: "data.releasable", minimum: 100 },
    );
    expect(due.error).toBeUndefined();
    expect(due.output).toEqual({});
    expect(due.http).toEqual([expect.objectContaining({ status: 200 })]);
    const small = await run("scheduled-release", "/w2", { data: { releasable: 0 } }, { path: "data.releasable" });
    expect(small.ok).toBe(true);
    expect(small.output).toBeNull();
    expect(small.logs.join("\n")).toContain("nothing to do");
  });
  it("fails in words on an API error or a value that is not a number", async () => {
    answers.set("/down", { status: 503, body: {} });
    const source = await readFile(path.join(BRICKS, "scheduled-release/function.js"), "utf8");
    const down = await runFunction({
      source,
      handler: "run",
      input: { url: `${base}/down`, path: "x" },
      secrets: {},
      state: null,
      allowedHosts: [new URL(base).host],
      allowHttp: true,
      allowPrivateAddresses: true,
    });
    expect(down.error?.message).toContain("the API answered 503");
    const text = await run("scheduled-release", "/w3", { releasable: "lots" }, { path: "releasable" });
    expect(text.error?.message).toContain("is not a number");
  });
});

describe("signup-allowlist code", { timeout: 60_000 }, () => {
  const alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
  const bob = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";

  async function signup(webhook: unknown, state: unknown = null) {
    const source = await readFile(path.join(BRICKS, "signup-allowlist/function.js"), "utf8");
    return runFunction({ source, handler: "run", input: { webhook }, secrets: {}, state, allowedHosts: [] });
  }

  it("adds the webhook body's account once, and remembers it", async () => {
    const first = await signup({ address: alice, email: "a@example.com" });
    expect(first.error).toBeUndefined();
    expect(first.output).toEqual({ account: alice });
    expect(first.logs.join("\n")).not.toContain("a@example.com");
    const again = await signup({ address: alice }, first.state);
    expect(again.output).toBeNull();
    expect(again.logs.join("\n")).toContain("added before");
    const next = await signup({ address: bob }, first.state);
    expect(next.output).toEqual({ account: bob });
    expect(next.state).toEqual({ seen: [alice, bob] });
  });
  it("sends nothing on a run without a webhook body (Run now)", async () => {
    const r = await signup(undefined);
    expect(r.ok).toBe(true);
    expect(r.output).toBeNull();
    expect(r.logs.join("\n")).toContain("not started by the webhook");
  });
});
