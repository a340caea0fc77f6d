import { afterAll, describe, expect, it, vi } from "vitest";
import {
  closeSandboxPool,
  configureSandboxPool,
  runFunction,
  sandboxProcessIds,
  warmSandboxPool,
  type TRunRequest,
} from "@/lib/functions/sandbox";

const base: Omit<TRunRequest, "source"> = { handler: "run", input: null, secrets: {}, state: null, allowedHosts: [] };

afterAll(() => closeSandboxPool());

describe("runFunction", () => {
  it("runs the run handler in a worker process and returns output, new state and logs", async () => {
    const source = `export async function run({ input, secrets, state }) {
      console.log("key is", secrets.key);
      return { output: input.x * 2, state: { runs: (state?.runs ?? 0) + 1 } };
    }`;
    const result = await runFunction({
      ...base,
      source,
      input: { x: 21 },
      secrets: { key: "hunter2-secret" },
      state: { runs: 4 },
    });
    expect(result.error).toBeUndefined();
    expect(result).toMatchObject({ ok: true, output: 42, state: { runs: 5 } });
    expect(result.logs).toEqual(["key is [redacted]"]);
    expect(typeof result.now).toBe("number");
    expect(typeof result.seed).toBe("number");
  }, 30_000);

  it("refuses an output that carries a secret's value (outputs are public)", async () => {
    const result = await runFunction({
      ...base,
      source: "export const run = ({ secrets }) => 'key=' + secrets.apiKey;",
      secrets: { apiKey: "0123456789abcdef" },
    });
    expect(result.error).toEqual({
      code: "thrown",
      message: 'the output contains the value of the secret "apiKey"; outputs are public',
    });
  }, 30_000);

  it("runs the query handler when asked for it", async () => {
    const source = "export const run = () => 'run'; export const query = ({ input }) => 'query ' + input.q;";
    const result = await runFunction({ ...base, source, handler: "query", input: { q: "price" } });
    expect(result.output).toBe("query price");
  }, 30_000);

  it("keeps the state when the handler returns only an output", async () => {
    const result = await runFunction({ ...base, source: "export const run = () => 7;", state: { a: 1 } });
    expect(result).toMatchObject({ ok: true, output: 7, state: { a: 1 } });
  }, 30_000);

  it("stops an endless loop with a plain reason", async () => {
    const result = await runFunction({
      ...base,
      source: "export function run() { for (;;) {} }",
      limits: { wallMs: 300 },
    });
    expect(result.ok).toBe(false);
    expect(result.error).toEqual({ code: "timeout", message: "stopped after 0.3 s" });
  }, 30_000);

  it("refuses limits above the platform caps, naming the field", async () => {
    const result = await runFunction({ ...base, source: "export const run = () => 1;", limits: { wallMs: 60_000 } });
    expect(result.error?.code).toBe("invalid");
    expect(result.error?.message).toContain("wallMs");
  });

  it("kills a worker process that stops answering, and the next run gets a fresh one", async () => {
    configureSandboxPool({ processes: 1 });
    closeSandboxPool();
    await warmSandboxPool();
    const pending = runFunction({ ...base, source: "export function run() { for (;;) {} }", limits: { wallMs: 1000 } });
    let pids: number[] = [];
    for (let i = 0; i < 100 && pids.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      pids = sandboxProcessIds();
    }
    expect(pids).toHaveLength(1);
    // Let the run start, then freeze the process: it can no longer answer.
    await new Promise((r) => setTimeout(r, 200));
    process.kill(pids[0], "SIGSTOP");
    const result = await pending;
    expect(result.error).toEqual({ code: "timeout", message: "stopped after 1 s" });
    await vi.waitFor(() => expect(() => process.kill(pids[0], 0)).toThrow(), { timeout: 5000 });
    const next = await runFunction({ ...base, source: "export const run = () => 'fresh';" });
    expect(next.output).toBe("fresh");
    expect(sandboxProcessIds()).not.toContain(pids[0]);
  }, 60_000);
});

describe("allowPrivateAddresses outside tests", () => {
  it("is refused unless NODE_ENV=test or FUNCTIONS_TEST_ALLOW_PRIVATE=1", async () => {
    const saved = process.env.NODE_ENV;
    vi.stubEnv("NODE_ENV", "production");
    try {
      const result = await runFunction({ ...base, source: "export const run = () => 1;", allowPrivateAddresses: true });
      expect(result.error).toEqual({
        code: "invalid",
        message: "allowPrivateAddresses: a test-only setting (needs FUNCTIONS_TEST_ALLOW_PRIVATE=1 or NODE_ENV=test)",
      });
    } finally {
      vi.unstubAllEnvs();
    }
    expect(process.env.NODE_ENV).toBe(saved);
  });
});
