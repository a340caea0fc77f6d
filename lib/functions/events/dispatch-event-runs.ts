// Queues the runs the indexer's outbox holds: one job per (instance, block hash, event index) on the
// same queue as scheduled and webhook runs, with the decoded event as the payload (the run's
// `input.event`). The job's singleton key and the run's own key (claimRun) both name the event, so a
// crash between queuing and marking the row queued still makes exactly one run. An instance paused
// since the event was indexed does not run.
import "server-only";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { RUN_QUEUE, type TRunJob } from "@/lib/functions/jobs/queues";

export async function dispatchEventRuns(boss: PgBoss, opts: { max?: number } = {}): Promise<number> {
  const pending = await db.functionEventTrigger.findMany({
    where: { jobId: null },
    orderBy: [{ blockNumber: "asc" }, { eventIndex: "asc" }],
    take: opts.max ?? 100,
    select: {
      id: true,
      instanceId: true,
      blockHash: true,
      eventIndex: true,
      event: true,
      instance: { select: { enabled: true } },
    },
  });
  let queued = 0;
  for (const row of pending) {
    if (!row.instance.enabled) {
      await db.functionEventTrigger.update({ where: { id: row.id }, data: { jobId: "skipped" } });
      continue;
    }
    const key = `event:${row.blockHash}:${row.eventIndex}`;
    const data: TRunJob = { instanceId: row.instanceId, trigger: "event", payload: JSON.parse(row.event), key };
    const jobId = await boss.send(RUN_QUEUE, data, { singletonKey: `${row.instanceId}#${key}` });
    // null: a job for this event is already waiting (sent before a restart); it is the one run.
    await db.functionEventTrigger.update({ where: { id: row.id }, data: { jobId: jobId ?? "already-queued" } });
    if (jobId) queued++;
  }
  return queued;
}
