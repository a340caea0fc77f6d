// A worker: up to `concurrency` fn-run jobs at a time, claimed with pg-boss's SKIP LOCKED fetch (so a
// job goes to exactly one worker), run, and marked done or failed (pg-boss retries
// with backoff, then dead-letters). While it runs, a heartbeat keeps the job's expiry ahead; a worker
// killed mid-run stops beating, the job expires one window later and pg-boss's maintenance puts it
// back for a retry. The sweep queue keeps schedules chained.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type PgBoss from "pg-boss";
import { getChainApi } from "@/lib/chain/api-pool";
import type { TRunRequest, TRunResult } from "@/lib/functions/sandbox";
import { sweepSchedules } from "./enqueue-run";
import { openBoss, type TBossOptions } from "./open-boss";
import { keepJobAlive } from "./keep-alive";
import { DEFAULT_QUEUE_OPTIONS, RUN_QUEUE, SWEEP_QUEUE, type TRunJob } from "./queues";
import { runJob, type TJobOutcome } from "./run-job";
import { dispatchEventRuns } from "../events/dispatch-event-runs";

// A worker runs in the background: a busy node may take long to send its metadata the first time
// (a dev chain executes the runtime for it). Giving up after the app's interactive 10 s and asking
// again only loads it more.
export const CHAIN_CONNECT_TIMEOUT_MS = 120_000;

export type TWorkerOptions = TBossOptions & {
  workerId: string;
  concurrency?: number;
  pollMs?: number;
  runner: (req: TRunRequest) => Promise<TRunResult>;
  allowPrivateAddresses?: boolean;
  chain?: (rpcUrl: string) => Promise<ApiPromise>;
  onOutcome?: (jobId: string, outcome: TJobOutcome | { status: "failed"; error: string }) => void;
};

export type TWorker = { boss: PgBoss; stop: () => Promise<void> };

export async function startWorker(opts: TWorkerOptions): Promise<TWorker> {
  const boss = await openBoss({ ...opts, max: opts.max ?? (opts.concurrency ?? 4) + 2 });
  const expireSeconds = (opts.queue ?? DEFAULT_QUEUE_OPTIONS).expireInSeconds;
  const concurrency = opts.concurrency ?? 4;
  let stopping = false;
  let wake: (() => void) | undefined;
  // Waits `ms`, or less when a run finishes (a slot is free again) or the worker stops.
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  const deps = {
    boss,
    workerId: opts.workerId,
    runner: opts.runner,
    chain: opts.chain ?? ((url: string) => getChainApi(url, { timeoutMs: CHAIN_CONNECT_TIMEOUT_MS })),
    allowPrivateAddresses: opts.allowPrivateAddresses ?? false,
  };
  const running = new Set<Promise<void>>();

  async function handle(job: PgBoss.JobWithMetadata<TRunJob>) {
    // A live worker keeps its job; a killed one stops beating and the job comes back after one window.
    const stopBeat = keepJobAlive(boss, RUN_QUEUE, job.id, expireSeconds);
    try {
      const outcome = await runJob(job, deps);
      await boss.complete(RUN_QUEUE, job.id, outcome);
      opts.onOutcome?.(job.id, outcome);
    } catch (error) {
      const message = (error as Error).message;
      await boss.fail(RUN_QUEUE, job.id, { message }).catch(() => undefined);
      opts.onOutcome?.(job.id, { status: "failed", error: message });
    } finally {
      stopBeat();
    }
  }

  // One poller per worker asks the queue for as many jobs as it has free slots, and asks again as
  // soon as a slot frees: an idle worker costs one query per poll interval (not one per slot), and
  // a queued run waits at most that interval to be picked up — it is on the path from a trigger to
  // its result on chain.
  async function poll() {
    while (!stopping) {
      const free = concurrency - running.size;
      if (free === 0) {
        await sleep(60_000);
        continue;
      }
      let jobs: PgBoss.JobWithMetadata<TRunJob>[] = [];
      try {
        jobs = await boss.fetch<TRunJob>(RUN_QUEUE, { batchSize: free, includeMetadata: true });
      } catch (error) {
        if (!stopping) console.error(`[worker ${opts.workerId}] fetch failed: ${(error as Error).message}`);
      }
      for (const job of jobs) {
        const done: Promise<void> = handle(job).finally(() => {
          running.delete(done);
          wake?.();
        });
        running.add(done);
      }
      if (jobs.length === 0) await sleep(opts.pollMs ?? 100);
    }
  }

  await boss.work(SWEEP_QUEUE, async () => {
    await sweepSchedules(boss);
    // Event runs the app's event follower could not queue (e.g. it ran without the jobs database).
    await dispatchEventRuns(boss);
  });
  await sweepSchedules(boss);
  const poller = poll();
  return {
    boss,
    stop: async () => {
      stopping = true;
      wake?.();
      await poller;
      await Promise.all(running);
      await boss.stop({ graceful: false, close: true, wait: true });
    },
  };
}
