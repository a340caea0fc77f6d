// `npm run fn -- run` on the example function against a local price API, then `verify` of the saved run.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TTestApi } from "./support/test-api";

const run = promisify(execFile);
const FUNCTION_DIR = "tests/fixtures/functions/price-feed";
// A fixed key, so the test never writes a key into data/.
const env = { ...process.env, WORKER_KEY_SEED: `0x${"ab".repeat(32)}` };
let api: TTestApi;
let tmp: string;

async function fn(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/fn.ts", ...args],
      { env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  api = await startTestApi();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "fn-cli-"));
});
afterAll(async () => {
  await api.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("npm run fn", () => {
  it("runs a function folder and prints logs, web requests, output, duration and the receipt; verify replays it", async () => {
    const saved = path.join(tmp, "run.json");
    const input = JSON.stringify({ url: `${api.origin}/price`, decimals: 4 });
    const result = await fn([
      "run",
      FUNCTION_DIR,
      "--input",
      input,
      "--secret",
      "apiKey=cli-secret-value",
      "--allow-http",
      "--allow-private-addresses",
      "--save",
      saved,
    ]);
    expect(result.stderr).toContain("--allow-private-addresses");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("price 4.2175 → 42175 (4 decimals)");
    expect(result.stdout).toContain(`GET ${api.origin}/price  200  31 bytes`);
    expect(result.stdout).toMatch(/"value": 42175/);
    expect(result.stdout).toMatch(/Duration {2}\d+\.\d ms/);
    expect(result.stdout).toContain('"format": "brickyard-function-receipt/1"');
    expect(result.stdout).not.toContain("cli-secret-value");

    const verified = await fn(["verify", saved, "--function", FUNCTION_DIR]);
    expect(verified.stdout).toContain("✓ Signature: valid");
    expect(verified.stdout).toContain(
      "✓ Replay: the same code, recorded responses, clock and seed reproduce the output",
    );
    expect(verified.code).toBe(0);

    const tampered = JSON.parse(fs.readFileSync(saved, "utf8")) as {
      signed: { receipt: { result: { outputHash: string } } };
    };
    tampered.signed.receipt.result.outputHash = `0x${"2".repeat(64)}`;
    fs.writeFileSync(saved, JSON.stringify(tampered));
    const refused = await fn(["verify", saved, "--function", FUNCTION_DIR]);
    expect(refused.stdout).toContain("✗ Signature: the signature does not match the receipt");
    expect(refused.stdout).toContain("✗ Replay: the re-run produced a different output");
    expect(refused.code).toBe(1);
  }, 90_000);

  it("says what is wrong with a bad --input", async () => {
    const result = await fn(["run", FUNCTION_DIR, "--input", "{not json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--input must be JSON");
  }, 30_000);
});
