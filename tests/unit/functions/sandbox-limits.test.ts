// Each limit ends the run with a plain reason, enforced by the host (not by the function's good will).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSandboxPool, runFunction, type TRunRequest } from "@/lib/functions/sandbox";
import { startTestApi, type TTestApi } from "./support/test-api";

let api: TTestApi;
const base = (source: string, extra: Partial<TRunRequest> = {}): TRunRequest => ({
  source,
  handler: "run",
  input: null,
  secrets: {},
  state: null,
  allowedHosts: [api.host],
  allowHttp: true,
  allowPrivateAddresses: true,
  ...extra,
});

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  closeSandboxPool();
  await api.close();
});

describe("sandbox limits", () => {
  it("stops an endless loop at the wall-clock limit", async () => {
    const result = await runFunction(base("export function run() { while (true) {} }", { limits: { wallMs: 400 } }));
    expect(result.error).toEqual({ code: "timeout", message: "stopped after 0.4 s" });
    expect(result.durationMs).toBeLessThan(2000);
  }, 20_000);

  it("stops a function that waits on a slow response at the wall-clock limit", async () => {
    const source = `export async function run({ fetch }) { await fetch("${"ORIGIN"}/slow?ms=5000"); return 1; }`;
    const result = await runFunction(base(source.replace("ORIGIN", api.origin), { limits: { wallMs: 500 } }));
    expect(result.error).toEqual({ code: "timeout", message: "stopped after 0.5 s" });
    expect(result.durationMs).toBeLessThan(2500);
  }, 20_000);

  it("stops a memory bomb of small objects at the default 64 MB", async () => {
    const source = "export function run() { const a = []; for (;;) a.push({ n: a.length, s: 'x' + a.length }); }";
    const result = await runFunction(base(source));
    expect(result.error).toEqual({ code: "memory", message: "used more than 64 MB" });
  }, 30_000);

  it("stops a memory bomb of typed arrays (which QuickJS's own limit misses) at a smaller limit", async () => {
    const source =
      "export function run() { const a = []; for (let i = 0; i < 200; i++) a.push(new Uint8Array(1e6)); return a.length; }";
    const result = await runFunction(base(source, { limits: { memoryBytes: 16 * 1024 * 1024 } }));
    expect(result.error).toEqual({ code: "memory", message: "used more than 16 MB" });
    const after = await runFunction(base("export const run = () => 'still fine';"));
    expect(after.output).toBe("still fine");
  }, 30_000);

  it("refuses one huge allocation", async () => {
    const result = await runFunction(base("export function run() { return new ArrayBuffer(1e9).byteLength; }"));
    expect(result.error?.code).toBe("memory");
  }, 20_000);

  it("ends the run on one request too many; the extra request never leaves", async () => {
    const source = `export async function run({ fetch }) {
      for (let i = 0; i < 3; i++) await fetch("${api.origin}/price?i=" + i);
      return "done";
    }`;
    const before = api.hits.length;
    const result = await runFunction(base(source, { limits: { maxRequests: 2 } }));
    expect(result.error).toEqual({ code: "requests", message: "made more than 2 web requests" });
    expect(api.hits.length - before).toBe(2);
    expect(result.http).toHaveLength(2);
  }, 20_000);

  it("cuts a response larger than the cap while it streams", async () => {
    const source = `export async function run({ fetch }) { const r = await fetch("${api.origin}/big?bytes=4194304"); return (await r.text()).length; }`;
    const result = await runFunction(base(source));
    expect(result.error).toEqual({ code: "response-size", message: "a web response was larger than 2 MB" });
  }, 20_000);

  it("refuses an output above the output limit", async () => {
    const result = await runFunction(base("export const run = () => 'x'.repeat(2000);"));
    expect(result.error).toEqual({ code: "output-size", message: "the output is 2 KB, more than the 1 KB allowed" });
  }, 20_000);

  it("refuses a new state above the state limit", async () => {
    const result = await runFunction(base("export const run = () => ({ output: 1, state: 'x'.repeat(70000) });"));
    expect(result.error?.code).toBe("state-size");
    expect(result.error?.message).toContain("more than the 64 KB allowed");
  }, 20_000);

  it("survives endless recursion as an ordinary error, and the next run works", async () => {
    const result = await runFunction(base("function f(n) { return f(n + 1) + 1; } export const run = () => f(0);"));
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe("thrown");
    const after = await runFunction(base("export const run = () => 5;"));
    expect(after.output).toBe(5);
  }, 20_000);

  it("refuses bytecode and binaries: source text only", async () => {
    const result = await runFunction(base("\u0000asm\u0001\u0000\u0000\u0000"));
    expect(result.error).toEqual({
      code: "invalid",
      message: "the function must be JavaScript source, not compiled bytecode or a binary",
    });
  });

  it("says plainly when the source does not parse or has no handler", async () => {
    const broken = await runFunction(base("export function run( {"));
    expect(broken.error?.code).toBe("invalid");
    expect(broken.error?.message).toMatch(/^the function's source is not valid JavaScript: SyntaxError/);
    const noHandler = await runFunction(base("export const other = 1;"));
    expect(noHandler.error).toEqual({ code: "invalid", message: 'the function does not export a "run" handler' });
  }, 20_000);
});
