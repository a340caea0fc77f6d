// Attempts to leave the sandbox or to reach the host through the objects it hands in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSandboxPool, runFunction, type TRunRequest } from "@/lib/functions/sandbox";
import { startTestApi, type TTestApi } from "./support/test-api";

let api: TTestApi;
const run = (source: string, extra: Partial<TRunRequest> = {}) =>
  runFunction({ source, handler: "run", input: null, secrets: {}, state: null, allowedHosts: [api.host], ...extra });

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  closeSandboxPool();
  await api.close();
});

describe("sandbox escape attempts", () => {
  it("constructor.constructor reaches only the sandbox's own Function: no process, require or host globals", async () => {
    const source = `export async function run(ctx) {
      const viaCtx = ctx.constructor.constructor("return [typeof process, typeof require, typeof globalThis.process]")();
      // fetch is an async function: its constructor is AsyncFunction.
      const viaFetch = await ctx.fetch.constructor("return typeof process + '/' + typeof Buffer + '/' + typeof setTimeout")();
      const viaLog = console.log.constructor.constructor("return Object.keys(globalThis).join(',')")();
      return { viaCtx, viaFetch, viaLog };
    }`;
    const result = await run(source);
    expect(result.error).toBeUndefined();
    const out = result.output as { viaCtx: string[]; viaFetch: string; viaLog: string };
    expect(out.viaCtx).toEqual(["undefined", "undefined", "undefined"]);
    expect(out.viaFetch).toBe("undefined/undefined/undefined");
    expect(out.viaLog).not.toMatch(/process|require|fetch|hostFetch/);
  }, 20_000);

  it("eval of host-provided references stays inside the sandbox", async () => {
    const source = `export function run({ fetch }) {
      const a = eval("typeof fetch.constructor('return this')().process");
      const b = (0, eval)("typeof globalThis.require");
      const c = eval("(" + String(function () { return typeof this; }) + ")()");
      const d = new Function("return typeof std + typeof os + typeof scriptArgs")();
      return [a, b, c, d];
    }`;
    const result = await run(source);
    expect(result.output).toEqual(["undefined", "undefined", "undefined", "undefinedundefinedundefined"]);
  }, 20_000);

  it("import() and static imports are refused", async () => {
    const dynamic = await run(`export async function run() {
      try { await import("node:fs"); return "loaded"; } catch (e) { return "refused: " + e.message; }
    }`);
    expect(dynamic.output).toBe("refused: functions cannot import other modules");
    const staticImport = await run(`import fs from "node:fs"; export const run = () => typeof fs;`);
    expect(staticImport.error).toEqual({ code: "invalid", message: "functions cannot import other modules" });
  }, 20_000);

  it("tampering with prototypes and host objects cannot steer fetch to an undeclared host or method", async () => {
    const source = `export async function run(ctx) {
      String.prototype.toString = function () { return "http://evil.example/"; };
      JSON.stringify = () => '{"method":"DELETE","headers":{},"body":null}';
      Object.prototype.then = undefined;
      ctx.fetch.call = () => null;
      const res = await ctx.fetch("${"ORIGIN"}/price");
      const tricky = { toString() { return "http://evil.example/steal"; } };
      let refused = "no";
      try { await ctx.fetch(tricky); } catch (e) { refused = e.message; }
      return { status: res.status, refused };
    }`.replace("ORIGIN", api.origin);
    const before = api.hits.length;
    const result = await run(source, { allowHttp: true, allowPrivateAddresses: true });
    // The first fetch went out as a GET to the declared host; the second was refused by the host and ended the run.
    expect(api.hits.slice(before)).toEqual([`GET /price host=${api.host}`]);
    expect(result.error?.code).toBe("http-refused");
    expect(result.error?.message).toContain("evil.example is not one of the hosts this function declared");
  }, 20_000);

  it("a malformed URL rejects inside the sandbox and the run goes on", async () => {
    const result = await run(`export async function run({ fetch }) {
      try { await fetch(Symbol("x")); } catch (e) { return "threw " + e.name + ": " + e.message; }
      return "no error";
    }`);
    expect(result.output).toBe('threw FetchError: "Symbol(x)" is not a valid URL');
    expect(result.http).toEqual([]);
  }, 20_000);

  it("nothing survives from one run to the next (fresh context)", async () => {
    await run(
      `export function run() { Object.prototype.polluted = "yes"; globalThis.leak = "x"; Math.random = () => 4; return 1; }`,
    );
    const result = await run(
      `export function run() { return [({}).polluted ?? null, typeof leak, Math.random() === 4]; }`,
    );
    expect(result.output).toEqual([null, "undefined", false]);
  }, 20_000);

  it("the clock is fixed and Math.random is seeded: a replayed clock and seed give the same values", async () => {
    const source = `export function run() { return [Date.now(), new Date().getTime(), Date.now() === new Date().valueOf(), Math.random(), Math.random()]; }`;
    const first = await run(source);
    const out = first.output as number[];
    expect(out[0]).toBe(first.now);
    expect(out[1]).toBe(first.now);
    const again = await run(source, { replay: { responses: [], now: first.now, seed: first.seed } });
    expect(again.output).toEqual(first.output);
    const otherSeed = await run(source, { replay: { responses: [], now: first.now, seed: (first.seed + 1) >>> 0 } });
    expect((otherSeed.output as number[])[3]).not.toBe(out[3]);
  }, 20_000);
});
