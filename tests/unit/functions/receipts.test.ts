// Receipts: signed by the worker key, any change breaks the signature, and a replay with the recorded
// bodies, clock and seed reproduces the output.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  attachDelivery,
  buildReceipt,
  replayRun,
  signReceipt,
  verifyReceipt,
  workerKeyFromSeed,
  type TSignedReceipt,
  type TWorkerKey,
} from "@/lib/functions/receipts";
import { closeSandboxPool, runFunction, type TRunRequest, type TRunResult } from "@/lib/functions/sandbox";
import { startTestApi, type TTestApi } from "./support/test-api";

let api: TTestApi;
let key: TWorkerKey;
let other: TWorkerKey;
let req: TRunRequest;
let result: TRunResult;
let signed: TSignedReceipt;

// Fetches a price, scales it, adds a random nonce and the time: only the same bodies, seed and clock reproduce it.
const source = (origin: string) => `export async function run({ input, secrets, state, fetch }) {
  const res = await fetch("${origin}/price?apikey=" + secrets.apiKey);
  const { price } = await res.json();
  const scaled = Math.round(price * 10 ** input.decimals);
  const nonce = Math.floor(Math.random() * 1e9);
  console.log("price", price, "scaled", scaled);
  return { output: { value: scaled, nonce, at: Date.now() }, state: { runs: (state?.runs ?? 0) + 1 } };
}`;

beforeAll(async () => {
  api = await startTestApi();
  key = await workerKeyFromSeed(new Uint8Array(32).fill(1));
  other = await workerKeyFromSeed(new Uint8Array(32).fill(2));
  req = {
    source: source(api.origin),
    handler: "run",
    input: { decimals: 6 },
    secrets: { apiKey: "k3y-abcdefgh" },
    state: { runs: 1 },
    allowedHosts: [api.host],
    allowHttp: true,
    allowPrivateAddresses: true,
  };
  result = await runFunction(req);
  signed = signReceipt(buildReceipt({ ...req, result }), key);
}, 30_000);
afterAll(async () => {
  closeSandboxPool();
  await api.close();
});

describe("receipts", () => {
  it("names the code, runtime, input, each exchange (redacted) and the output by hash, without secrets", () => {
    expect(result.ok).toBe(true);
    const r = signed.receipt;
    expect(r.code.hash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(r.runtime).toMatch(/^brickyard-sandbox\/1 quickjs-wasmfile-release-sync@0\.32\./);
    expect(r.secretNames).toEqual(["apiKey"]);
    expect(r.http).toHaveLength(1);
    expect(r.http[0]).toMatchObject({ method: "GET", url: `${api.origin}/price?apikey=[redacted]`, status: 200 });
    expect(r.http[0].bodyHash).toBe(result.bodies[0].bodyHash);
    expect(r.result.outputHash).toMatch(/^0x/);
    expect(r.clock).toEqual({ now: result.now, seed: result.seed });
    expect(JSON.stringify(signed)).not.toContain("k3y-abcdefgh");
  });

  it("verifies with the published key", async () => {
    expect(await verifyReceipt(signed, { trustedKeys: [key.publicKey] })).toEqual({ valid: true, reason: null });
  });

  it("fails verification when any field was changed", async () => {
    const tamperedOutput = structuredClone(signed);
    tamperedOutput.receipt.result.outputHash = `0x${"0".repeat(64)}`;
    expect((await verifyReceipt(tamperedOutput, { trustedKeys: [key.publicKey] })).reason).toBe(
      "the signature does not match the receipt (it was changed after signing)",
    );
    const tamperedUrl = structuredClone(signed);
    tamperedUrl.receipt.http[0].url = "https://api.example.com/price";
    expect((await verifyReceipt(tamperedUrl, { trustedKeys: [key.publicKey] })).valid).toBe(false);
    const extraField = { ...signed, receipt: { ...signed.receipt, note: "trust me" } };
    expect((await verifyReceipt(extraField, { trustedKeys: [key.publicKey] })).reason).toMatch(/not well formed/);
  });

  it("fails verification for a key that is not published, even with a valid signature", async () => {
    const bySomeoneElse = signReceipt(signed.receipt, other);
    expect(await verifyReceipt(bySomeoneElse, { trustedKeys: [key.publicKey] })).toEqual({
      valid: false,
      reason: "the receipt was signed by a key that is not a published worker key",
    });
    const swappedSigner = { ...signed, signer: { publicKey: other.publicKey, address: other.address } };
    expect((await verifyReceipt(swappedSigner, { trustedKeys: [key.publicKey, other.publicKey] })).valid).toBe(false);
  });

  it("adds a delivery signed after the receipt, and detects a changed delivery", async () => {
    const withDelivery = attachDelivery(
      signed,
      { network: "local", txHash: "0xabc", blockNumber: 12, sequence: 3, call: { message: "report", args: [42] } },
      key,
    );
    expect(await verifyReceipt(withDelivery, { trustedKeys: [key.publicKey] })).toEqual({ valid: true, reason: null });
    const changed = structuredClone(withDelivery);
    changed.deliveryProof!.delivery.call = { message: "report", args: [43] };
    expect((await verifyReceipt(changed, { trustedKeys: [key.publicKey] })).reason).toMatch(/delivery's signature/);
  });

  it("replay with the recorded bodies, clock and seed reproduces the output, with no network", async () => {
    const hitsBefore = api.hits.length;
    const replay = await replayRun(signed, req.source, result.bodies, { input: req.input, state: req.state });
    expect(replay.problems).toEqual([]);
    expect(replay.reproduced).toBe(true);
    expect(replay.result?.output).toEqual(result.output);
    expect(api.hits.length).toBe(hitsBefore);
  }, 20_000);

  it("replay does not reproduce with a changed body, other code or another input", async () => {
    const forged = [{ bodyHash: result.bodies[0].bodyHash, body: '{"symbol":"DOT","price":9.99}' }];
    expect((await replayRun(signed, req.source, forged, { input: req.input, state: req.state })).problems).toEqual([
      "the recorded body of request 1 is missing or does not match its hash",
    ]);
    const otherCode = req.source.replace("10 ** input.decimals", "10 ** (input.decimals + 1)");
    expect(
      (await replayRun(signed, otherCode, result.bodies, { input: req.input, state: req.state })).problems,
    ).toEqual(["the code is not the code that ran"]);
    const otherInput = await replayRun(signed, req.source, result.bodies, { input: { decimals: 2 }, state: req.state });
    expect(otherInput.reproduced).toBe(false);
  }, 20_000);

  it("replay notices when the same code and bodies give another output (a receipt that lies about it)", async () => {
    const lying = structuredClone(signed.receipt);
    lying.result.outputHash = `0x${"1".repeat(64)}`;
    const replay = await replayRun(lying, req.source, result.bodies, { input: req.input, state: req.state });
    expect(replay.reproduced).toBe(false);
    expect(replay.problems).toEqual(["the re-run produced a different output"]);
  }, 20_000);
});
