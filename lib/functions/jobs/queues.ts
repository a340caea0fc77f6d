// The pg-boss queues of the function runtime. fn-run uses the "short" policy: at most one queued job
// per singleton key, and every job has a key ("<instance>@<slot>" for a schedule slot, a fresh id
// otherwise), so the same slot cannot be queued twice. Runs are retried with backoff; after the last
// retry a job moves to fn-dead (the dead letters stay visible there and as failed runs).
import type PgBoss from "pg-boss";

export const RUN_QUEUE = "fn-run";
export const DEAD_QUEUE = "fn-dead";
export const SWEEP_QUEUE = "fn-sweep";

export type TRunJob = {
  instanceId: string;
  slot?: string;
  trigger: "schedule" | "manual" | "webhook" | "event";
  /**
   * A webhook's JSON body (the run's input is the instance's input plus `webhook`), or a finalized
   * contract event (… plus `event`).
   */
  payload?: unknown;
  /** An event run's own key ("event:<block hash>:<event index>"): the run row is unique per key. */
  key?: string;
};

export type TQueueOptions = { retryLimit: number; retryDelay: number; expireInSeconds: number };

export const DEFAULT_QUEUE_OPTIONS: TQueueOptions = { retryLimit: 3, retryDelay: 2, expireInSeconds: 60 };

export async function ensureQueues(boss: PgBoss, opts: TQueueOptions = DEFAULT_QUEUE_OPTIONS): Promise<void> {
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  if (!existing.has(DEAD_QUEUE)) await boss.createQueue(DEAD_QUEUE, { name: DEAD_QUEUE, policy: "standard" });
  const run = {
    name: RUN_QUEUE,
    policy: "short" as const,
    retryLimit: opts.retryLimit,
    retryDelay: opts.retryDelay,
    retryBackoff: true,
    expireInSeconds: opts.expireInSeconds,
    deadLetter: DEAD_QUEUE,
  };
  if (!existing.has(RUN_QUEUE)) await boss.createQueue(RUN_QUEUE, run);
  else await boss.updateQueue(RUN_QUEUE, run);
  if (!existing.has(SWEEP_QUEUE)) await boss.createQueue(SWEEP_QUEUE, { name: SWEEP_QUEUE, policy: "short" });
  // Once a minute, some worker makes sure every scheduled instance has its next slot queued
  // (pg-boss's own cron: one job per minute whatever the number of workers).
  await boss.schedule(SWEEP_QUEUE, "* * * * *");
}
