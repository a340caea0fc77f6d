// A worker: `concurrency` loops that each claim one fn-run job at a time (pg-boss's SKIP LOCKED
// fetch, so a job goes to exactly one worker), run it, and mark it done or failed (pg-boss retries
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
  let stopping = false;
  let wake: (() => void) | undefined;
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

  async function loop() {
    while (!stopping) {
      let jobs: PgBoss.JobWithMetadata<TRunJob>[] = [];
      try {
        jobs = await boss.fetch<TRunJob>(RUN_QUEUE, { batchSize: 1, includeMetadata: true });
      } catch (error) {
        if (!stopping) console.error(`[worker ${opts.workerId}] fetch failed: ${(error as Error).message}`);
      }
      const job = jobs[0];
      if (!job) {
        await sleep(opts.pollMs ?? 250);
        continue;
      }
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
  }

  await boss.work(SWEEP_QUEUE, async () => {
    await sweepSchedules(boss);
    // Event runs the app's event follower could not queue (e.g. it ran without the jobs database).
    await dispatchEventRuns(boss);
  });
  await sweepSchedules(boss);
  const loops = Array.from({ length: opts.concurrency ?? 4 }, () => loop());
  return {
    boss,
    stop: async () => {
      stopping = true;
      wake?.();
      await Promise.all(loops);
      await boss.stop({ graceful: false, close: true, wait: true });
    },
  };
}
