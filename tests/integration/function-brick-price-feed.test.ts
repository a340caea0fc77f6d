// The API price feed function brick end to end on the dev chain: loaded and checked from bricks/,
// instantiated with the builder's form answers (path "price", 8 decimals) against a local test API,
// connected to a price-feed oracle linked to a consumer, run by a real worker process (PGlite jobs
// database), delivered on chain, and its receipt verified and replayed. Bad form answers write nothing.
import os from "node:os";
import path from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFunctionBrick } from "@/lib/bricks/kinds/function/load-function-bricks";
import type { TLoadedFunctionBrick } from "@/lib/bricks/kinds/function/check-function-brick";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { instantiateFunctionBrick } from "@/lib/functions/bricks/instantiate";
import { testRunInstance } from "@/lib/functions/bricks/test-run";
import { enqueueRun } from "@/lib/functions/jobs/enqueue-run";
import { openBoss } from "@/lib/functions/jobs/open-boss";
import { startPgliteHost } from "@/lib/functions/jobs/pglite-host";
import { replayRun, verifyReceipt, type TSignedReceipt } from "@/lib/functions/receipts";
import { closeTestApi, getTestApi, testChainWs } from "@/tests/support/chain";
import {
  consumerLatest,
  deployOracleFor,
  startPriceApi,
  startWorkerProcess,
  waitFor,
  type TWorkerProc,
} from "./functions-fixture";

const BRICK_DIR = path.resolve(import.meta.dirname, "../../bricks/api-price-feed");

describe("api-price-feed function brick", () => {
  let brick: TLoadedFunctionBrick;
  let priceApi: Awaited<ReturnType<typeof startPriceApi>>;
  let jobsDir: string;
  let host: Awaited<ReturnType<typeof startPgliteHost>>;
  let boss: PgBoss;
  let worker: TWorkerProc;
  let networkId: string;

  beforeAll(async () => {
    const loaded = await loadFunctionBrick(BRICK_DIR);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    brick = loaded.brick;
    priceApi = await startPriceApi();
    jobsDir = await mkdtemp(path.join(os.tmpdir(), "brickyard-fnbrick-"));
    host = await startPgliteHost(jobsDir);
    boss = await openBoss({ url: host.url, schedule: false, max: 2 });
    worker = await startWorkerProcess("fb1", host.url);
    const network = await db.network.create({
      data: {
        slug: "fn-brick-chain",
        name: "Function bricks test chain",
        rpcUrl: testChainWs(),
        tokenSymbol: "PAS",
        decimals: 10,
        isDevChain: true,
      },
    });
    networkId = network.id;
  }, 120_000);
  afterAll(async () => {
    await worker?.stop();
    await boss?.stop({ graceful: false, close: true });
    await host?.close();
    await rm(jobsDir, { recursive: true, force: true });
    await priceApi?.close();
    await closeTestApi();
  });

  it("refuses a wrong form answer by naming the field, and writes nothing", async () => {
    const before = await db.functionInstance.count();
    const attempt = instantiateFunctionBrick({
      brick,
      teamId: null,
      name: "bad",
      input: { url: priceApi.url, path: "price", decimals: 40 },
      dev: { allowHttp: true, allowPrivateAddresses: true },
    });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ fields: { "input.decimals": [expect.any(String)] } });
    const noHttps = instantiateFunctionBrick({
      brick,
      teamId: null,
      name: "bad",
      input: { url: priceApi.url, path: "price", decimals: 8 },
    });
    await expect(noHttps).rejects.toMatchObject({ fields: { "input.url": ["url must start with https://"] } });
    const unknownSecret = instantiateFunctionBrick({
      brick,
      teamId: null,
      name: "bad",
      input: { url: "https://example.com/p", path: "price", decimals: 8 },
      secrets: { OTHER: "x" },
    });
    await expect(unknownSecret).rejects.toMatchObject({ fields: { "secrets.OTHER": [expect.any(String)] } });
    expect(await db.functionInstance.count()).toBe(before);
  });

  it(
    "turns the API's value into the consumer's value on chain, with a receipt that verifies and replays",
    { timeout: 180_000 },
    async () => {
      priceApi.state.price = "7.123456789";
      const { instance, account } = await instantiateFunctionBrick({
        brick,
        teamId: null,
        name: "DOT price",
        input: { url: `${priceApi.url}?tag=brick`, path: "$.price", decimals: 8 },
        secrets: { API_KEY: "s3cret-key-value" },
        dev: { allowHttp: true, allowPrivateAddresses: true },
      });
      expect(JSON.parse(instance.config).allowedHosts).toEqual([priceApi.host]);
      expect(instance.sourceHash).toBe(brick.manifest.codeHash);
      const api = await getTestApi();
      const { consumer, oracle, reporter, abi } = await deployOracleFor(api, instance.id);
      expect(reporter).toBe(account.address);
      // Connect: the target instance and the brick's delivery mapping.
      await db.functionInstance.update({
        where: { id: instance.id },
        data: {
          networkId,
          targetAddress: oracle.address,
          targetAbi: abi,
          delivery: JSON.stringify(brick.manifest.delivery),
        },
      });
      const [, roundBefore] = await consumerLatest(consumer);
      // Test run: the real call, dry-run from the automation account, and nothing delivered.
      const test = await testRunInstance(api, instance.id);
      expect(test.call).toEqual({ message: "report", args: ["712345679"] });
      expect(test.dryRun).toMatch(/^The contract would accept report\(712345679\)/);
      expect(await consumerLatest(consumer)).toEqual([expect.any(Number), roundBefore]);
      expect(await db.functionRun.count({ where: { instanceId: instance.id } })).toBe(0);

      await enqueueRun(boss, instance.id);
      const run = await waitFor(
        "the run delivered",
        () =>
          db.functionRun.findFirst({
            // Included, then followed to finality (the dev chain finalizes at once): either counts here.
            where: { instanceId: instance.id, delivery: { status: { in: ["in_block", "finalized"] } } },
            include: { delivery: true, bodies: true },
          }),
        120_000,
      );
      // 7.123456789 with 8 decimals, rounded half up: 712345679.
      expect(JSON.parse(run.output!)).toEqual({ value: 712_345_679 });
      expect(await consumerLatest(consumer)).toEqual([712_345_679, roundBefore + 1]);
      expect(run.logs).not.toContain("s3cret-key-value");
      expect(run.receipt).not.toContain("s3cret-key-value");

      const receipt = JSON.parse(run.receipt!) as TSignedReceipt;
      expect(await verifyReceipt(receipt)).toEqual({ valid: true, reason: null });
      const replay = await replayRun(receipt, brick.source, run.bodies, {
        input: JSON.parse(run.input!),
        state: JSON.parse(run.stateBefore!),
      });
      expect(replay.problems).toEqual([]);
      expect(replay.reproduced).toBe(true);
    },
  );
});
