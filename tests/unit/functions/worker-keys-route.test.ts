// GET /api/functions/worker-keys publishes the key that signs receipts; verifyReceipt trusts it by default.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const SEED = `0x${"5a".repeat(32)}`;

beforeAll(() => {
  // A fixed seed, so nothing is written into data/.
  vi.stubEnv("WORKER_KEY_SEED", SEED);
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe("worker keys", () => {
  it("publishes the worker key, and a receipt it signed verifies against the published keys", async () => {
    const { GET } = await import("@/app/api/functions/worker-keys/route");
    const { loadWorkerKey, workerKeyFromSeed, signReceipt, verifyReceipt, buildReceipt } =
      await import("@/lib/functions/receipts");
    const body = (await (await GET()).json()) as { keys: { publicKey: string; address: string; scheme: string }[] };
    const key = await loadWorkerKey();
    expect(key.publicKey).toBe((await workerKeyFromSeed(Buffer.from(SEED.slice(2), "hex"))).publicKey);
    expect(body.keys).toEqual([{ publicKey: key.publicKey, address: key.address, scheme: "sr25519" }]);

    const result = { ok: true, output: 1, state: null, logs: [], http: [], bodies: [], durationMs: 1, now: 0, seed: 1 };
    const receipt = buildReceipt({
      source: "export const run = () => 1;",
      handler: "run",
      input: null,
      state: null,
      result,
    });
    expect(await verifyReceipt(signReceipt(receipt, key))).toEqual({ valid: true, reason: null });
    const stranger = await workerKeyFromSeed(new Uint8Array(32).fill(9));
    expect((await verifyReceipt(signReceipt(receipt, stranger))).valid).toBe(false);
  });
});
