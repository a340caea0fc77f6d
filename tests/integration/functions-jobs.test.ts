// The function runtime end to end, on a real PostgreSQL 15 and on the default PGlite: two worker
// processes (`npm run worker`) share the jobs, a scheduled price function reports to the
// price-feed-oracle brick on the dev chain and the value reaches its linked consumer, each slot runs
// once, and a worker killed mid-run leaves a job that the other worker retries — one delivery.
import os from "node:os";
import path from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import type { ApiPromise } from "@polkadot/api";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueueNextSlot, enqueueRun } from "@/lib/functions/jobs/enqueue-run";
import { openBoss } from "@/lib/functions/jobs/open-boss";
import { startPgliteHost } from "@/lib/functions/jobs/pglite-host";
import { RUN_QUEUE } from "@/lib/functions/jobs/queues";
import { describeDelivery } from "@/lib/functions/delivery/describe-delivery";
import { replayRun, verifyReceipt, type TSignedReceipt } from "@/lib/functions/receipts";
import { closeTestApi, getDevAccounts, getTestApi, testChainWs } from "@/tests/support/chain";
import { startTestPostgres } from "@/tests/support/postgres";
import { query } from "@/bricks/_kit/tests/support/chain";
import {
  consumerLatest,
  createFunction,
  addReporterFor,
  deployOracleFor,
  ORACLE_DELIVERY,
  startPriceApi,
  startWorkerProcess,
  waitFor,
  type TWorkerProc,
} from "./functions-fixture";

type TJobsDb = { url: string; stop: () => Promise<void> };

async function pgliteDb(): Promise<TJobsDb> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "brickyard-pglite-"));
  const host = await startPgliteHost(dir);
  return { url: host.url, stop: async () => (await host.close(), await rm(dir, { recursive: true, force: true })) };
}

const backends: [string, () => Promise<TJobsDb>][] = [
  ["PostgreSQL 15", startTestPostgres],
  ["PGlite (default)", pgliteDb],
];

let api: ApiPromise;
let priceApi: Awaited<ReturnType<typeof startPriceApi>>;
let networkId: string;
let deployed: Awaited<ReturnType<typeof deployOracleFor>>;
const roundOf = async (oracle: typeof deployed.oracle) =>
  ((await query(oracle.contract, (await getDevAccounts()).alice.address, "round", [])).output as { ok: number }).ok;

beforeAll(async () => {
  api = await getTestApi();
  priceApi = await startPriceApi();
  const network = await db.network.create({
    data: {
      slug: "fn-jobs-chain",
      name: "Functions test chain",
      rpcUrl: testChainWs(),
      tokenSymbol: "PAS",
      decimals: 10,
      isDevChain: true,
    },
  });
  networkId = network.id;
  // One oracle + consumer for the whole file (deploys are the slow part on the dev chain): each
  // function that reports to it is added as a reporter.
  const anchor = await createFunction({ name: "oracle owner", api: priceApi, tag: "anchor" });
  deployed = await deployOracleFor(api, anchor.id);
});
// A failed case must not leave its price behind for the next one.
beforeEach(() => {
  priceApi.state.price = "5.1234";
});
afterAll(async () => {
  await priceApi?.close();
  await closeTestApi();
});

describe.each(backends)("function jobs on %s", (name, startDb) => {
  let jobsDb: TJobsDb;
  let boss: PgBoss;
  let workers: TWorkerProc[] = [];
  const tag = (s: string) => `${name.split(" ")[0]}-${s}`;

  beforeAll(async () => {
    // Generous: on a loaded 2-core machine, two fresh worker processes can take over a minute.
    const t0 = Date.now();
    jobsDb = await startDb();
    boss = await openBoss({ url: jobsDb.url, schedule: false, max: 3 });
    workers = await Promise.all([startWorkerProcess("w1", jobsDb.url), startWorkerProcess("w2", jobsDb.url)]);
    console.log(`[${name}] jobs database and two workers up in ${Date.now() - t0} ms`);
  }, 240_000);
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await boss?.stop({ graceful: false, close: true });
    await jobsDb?.stop();
  });

  it(
    "200 jobs over two worker processes: each runs exactly once, both workers take a share",
    { timeout: 240_000 },
    async () => {
      const fn = await createFunction({ name: "200 jobs", api: priceApi, tag: tag("200") });
      const t0 = Date.now();
      for (let i = 0; i < 200; i++) await enqueueRun(boss, fn.id);
      await waitFor(
        "200 runs",
        async () => (await db.functionRun.count({ where: { instanceId: fn.id, status: "succeeded" } })) >= 200,
        200_000,
      );
      await new Promise((r) => setTimeout(r, 500)); // nothing more may arrive
      const runs = await db.functionRun.findMany({ where: { instanceId: fn.id }, orderBy: { seq: "asc" } });
      console.log(
        `[${name}] 200 jobs in ${Date.now() - t0} ms: ${["w1", "w2"].map((w) => `${w} ${runs.filter((r) => r.workerId === w).length}`).join(", ")}`,
      );
      expect(runs).toHaveLength(200);
      expect(new Set(runs.map((r) => r.jobId)).size).toBe(200);
      expect(runs.map((r) => r.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      expect(runs.every((r) => r.status === "succeeded")).toBe(true);
      expect(priceApi.hits(tag("200"))).toBe(200); // the function itself ran 200 times, not more
      for (const w of ["w1", "w2"]) expect(runs.filter((r) => r.workerId === w).length).toBeGreaterThan(20);
      expect(JSON.parse(runs[0].output!)).toEqual({ value: 512_340_000 });
    },
  );

  it(
    "a schedule through two workers: each slot runs once, and every value reaches the consumer contract",
    // A few blocks on the dev chain: seconds normally, minutes on a machine shared by many runs.
    { timeout: 420_000 },
    async () => {
      const fn = await createFunction({
        name: "price every 5 s",
        api: priceApi,
        tag: tag("cron"),
        schedule: "*/5 * * * * *",
        networkId,
      });
      const { consumer, oracle, abi } = deployed;
      await addReporterFor(api, oracle, fn.id);
      const roundBefore = await roundOf(oracle);
      await db.functionInstance.update({
        where: { id: fn.id },
        data: { targetAddress: oracle.address, targetAbi: abi, delivery: ORACLE_DELIVERY },
      });
      // The workers' sweep queues the first slot within a minute; queue it now rather than wait.
      await enqueueNextSlot(boss, { id: fn.id, schedule: "*/5 * * * * *" });
      const targetSetAt = new Date();
      // Three slots claimed after the target was set are enough (the first may have read the function
      // just before): at least two deliver. Turning the schedule off then keeps the deliveries in
      // flight few, however slow the chain is today.
      await waitFor(
        "3 slots to start with the target set",
        async () => (await db.functionRun.count({ where: { instanceId: fn.id, startedAt: { gt: targetSetAt } } })) >= 3,
        120_000,
      );
      // Turn the schedule off, then let what is already under way finish: runs claimed before that
      // still run and deliver (the chain may be slower than one slot every 5 s).
      await db.functionInstance.update({ where: { id: fn.id }, data: { enabled: false } });
      await waitFor(
        "the runs under way to settle",
        async () => {
          // Nothing of this queue active, waiting for a retry or due; nothing of this function running
          // or on its way to the chain. (Slots still ahead are skipped when due: the function is off.)
          const [{ n }] = (
            await boss.getDb().executeSql(
              `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'instanceId' = $2
                 AND (state IN ('active', 'retry') OR (state = 'created' AND start_after <= now()))`,
              [RUN_QUEUE, fn.id],
            )
          ).rows as { n: number }[];
          const running = await db.functionRun.count({ where: { instanceId: fn.id, status: "running" } });
          const onTheWay = await db.functionDelivery.count({
            where: { instanceId: fn.id, status: { in: ["signed", "in_block"] } },
          });
          return n + running + onTheWay === 0;
        },
        300_000,
      );
      const runs = await db.functionRun.findMany({
        where: { instanceId: fn.id },
        orderBy: { seq: "asc" },
        include: { delivery: true },
      });
      // Two workers may start neighbouring slots in either order: compare slots in time order.
      const slots = runs.map((r) => Date.parse(r.slotKey.slice("slot:".length))).sort((a, b) => a - b);
      expect(runs.every((r) => r.trigger === "schedule")).toBe(true);
      expect(new Set(slots).size).toBe(runs.length);
      // Consecutive slots, 5 s apart: none skipped, none twice; the function ran once per slot.
      for (let i = 1; i < slots.length; i++) expect(slots[i] - slots[i - 1]).toBe(5000);
      expect(priceApi.hits(tag("cron"))).toBe(runs.length);
      const delivered = runs.filter((r) => r.delivery && r.delivery.status !== "failed");
      expect(delivered.length).toBeGreaterThanOrEqual(2);
      // The dev chain finalizes each block: every delivery was followed to finality and says so.
      for (const run of delivered) {
        expect(run.delivery!.status).toBe("finalized");
        expect(describeDelivery(run, run.delivery, true).label).toBe("Delivered, finalized");
      }
      expect(new Set(delivered.map((r) => r.delivery!.extrinsicHash)).size).toBe(delivered.length);
      // One report per delivered run, no duplicate; the last one reached the consumer.
      expect(await roundOf(oracle)).toBe(roundBefore + delivered.length);
      expect(await consumerLatest(consumer)).toEqual([512_340_000, roundBefore + delivered.length]);
      // Each delivered run's receipt: signed by the worker key, bound to its transaction, and the
      // output reproduced by re-running the code on the recorded HTTP body, clock and seed.
      for (const run of delivered) {
        const signed = JSON.parse(run.receipt!) as TSignedReceipt;
        expect(await verifyReceipt(signed)).toEqual({ valid: true, reason: null });
        expect(signed.deliveryProof?.delivery).toMatchObject({
          txHash: run.delivery!.extrinsicHash,
          sequence: run.seq,
        });
        const bodies = await db.functionHttpBody.findMany({ where: { runId: run.id } });
        const replay = await replayRun(signed, fn.source, bodies, {
          input: JSON.parse(run.input!),
          state: JSON.parse(run.stateBefore!),
        });
        expect(replay.problems).toEqual([]);
        expect(replay.reproduced).toBe(true);
      }
      const tampered = JSON.parse(delivered[0].receipt!) as TSignedReceipt;
      tampered.receipt.result.outputHash = "0x" + "00".repeat(32);
      expect((await verifyReceipt(tampered)).valid).toBe(false);
      const state = JSON.parse((await db.functionInstance.findUniqueOrThrow({ where: { id: fn.id } })).state) as {
        runs: number;
      };
      expect(state.runs).toBe(runs.filter((r) => r.status === "succeeded").length);
    },
  );

  it(
    "a worker killed mid-run: the job comes back to the other worker, and the chain sees one delivery",
    { timeout: 360_000 },
    async () => {
      const fn = await createFunction({
        name: "slow price",
        api: priceApi,
        tag: tag("kill"),
        slowFirst: 3000,
        networkId,
      });
      // The shared oracle; this function's automation account becomes one more reporter.
      const { consumer, oracle, abi } = deployed;
      await addReporterFor(api, oracle, fn.id);
      const roundBefore = await roundOf(oracle);
      await db.functionInstance.update({
        where: { id: fn.id },
        data: { targetAddress: oracle.address, targetAbi: abi, delivery: ORACLE_DELIVERY },
      });
      priceApi.state.price = "6.5";
      await enqueueRun(boss, fn.id);
      const first = await waitFor(
        "the run to start",
        async () => db.functionRun.findFirst({ where: { instanceId: fn.id, status: "running" } }),
        90_000,
      );
      const victim = workers.find((w) => w.id === first.workerId)!;
      victim.child.kill("SIGKILL");
      const done = await waitFor(
        "the retried run to deliver",
        async () =>
          db.functionRun.findFirst({
            where: { instanceId: fn.id, delivery: { status: "finalized" } },
            include: { delivery: true },
          }),
        240_000,
      );
      expect(done.id).toBe(first.id); // the same run, resumed, not a second one
      expect(done.attempt).toBeGreaterThanOrEqual(1);
      expect(done.workerId).not.toBe(victim.id);
      expect(await db.functionDelivery.count({ where: { instanceId: fn.id } })).toBe(1);
      expect(await db.functionRun.count({ where: { instanceId: fn.id } })).toBe(1);
      // Exactly one report more on chain, carrying the new price to the consumer.
      expect(await roundOf(oracle)).toBe(roundBefore + 1);
      expect(await consumerLatest(consumer)).toEqual([650_000_000, roundBefore + 1]);
    },
  );
  it("a run with nothing to report: no transaction, and the run says so in words", async () => {
    const fn = await createFunction({ name: "nothing today", api: priceApi, tag: tag("nothing"), networkId });
    const { oracle, abi } = deployed;
    await db.functionInstance.update({
      where: { id: fn.id },
      data: {
        source: "export function run() { return { output: null, state: null }; }",
        targetAddress: oracle.address,
        targetAbi: abi,
        delivery: ORACLE_DELIVERY,
      },
    });
    await enqueueRun(boss, fn.id);
    const run = await waitFor(
      "the run",
      () =>
        db.functionRun.findFirst({ where: { instanceId: fn.id, status: "succeeded" }, include: { delivery: true } }),
      60_000,
    );
    await waitFor("its receipt to record the delivery outcome", async () => {
      const r = await db.functionRun.findUniqueOrThrow({ where: { id: run.id } });
      return (JSON.parse(r.receipt!) as TSignedReceipt).deliveryProof ? r : null;
    });
    const after = await db.functionRun.findUniqueOrThrow({ where: { id: run.id }, include: { delivery: true } });
    expect(after.delivery).toBeNull();
    expect(await db.functionDelivery.count({ where: { instanceId: fn.id } })).toBe(0);
    expect(describeDelivery(after, after.delivery, true).label).toBe("Nothing to deliver");
    const signed = JSON.parse(after.receipt!) as TSignedReceipt;
    expect(signed.deliveryProof?.delivery).toMatchObject({ status: "nothing", sequence: after.seq });
    expect(await verifyReceipt(signed)).toEqual({ valid: true, reason: null });
  });
});
