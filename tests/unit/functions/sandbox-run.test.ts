import { afterAll, describe, expect, it } from "vitest";
import { closeSandboxPool, runFunction, type TRunRequest } from "@/lib/functions/sandbox";

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
});
