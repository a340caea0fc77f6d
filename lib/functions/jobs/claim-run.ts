// Turns a claimed pg-boss job into a run row, the guard behind "no slot runs twice": a run is unique
// per (instance, slot key). A retry of the same job finds its own row and carries on; a second job
// for a slot that another job already took is skipped.
import "server-only";
import { db } from "@/lib/db";
import type { TRunJob } from "./queues";

export type TClaim =
  | { kind: "new" | "retry"; runId: string; seq: number; alreadySucceeded: boolean }
  | { kind: "duplicate"; runId: string };

export async function claimRun(
  job: { id: string; data: TRunJob; retryCount: number },
  workerId: string,
): Promise<TClaim> {
  const { instanceId, slot, trigger } = job.data;
  // Event runs carry their own key, so the same event queued twice (a restart between queuing and
  // marking it queued) still makes one run.
  const slotKey = slot ? `slot:${slot}` : (job.data.key ?? `job:${job.id}`);
  const existing = await db.functionRun.findUnique({ where: { instanceId_slotKey: { instanceId, slotKey } } });
  if (existing) return resume(existing, job, workerId);
  // The counter and the row in one transaction: run sequence numbers have no gaps or repeats.
  try {
    const run = await db.$transaction(async (tx) => {
      const { nextSeq } = await tx.functionInstance.update({
        where: { id: instanceId },
        data: { nextSeq: { increment: 1 } },
        select: { nextSeq: true },
      });
      return tx.functionRun.create({
        data: {
          instanceId,
          seq: nextSeq - 1,
          slotKey,
          jobId: job.id,
          attempt: job.retryCount,
          workerId,
          trigger,
          status: "running",
        },
      });
    });
    return { kind: "new", runId: run.id, seq: run.seq, alreadySucceeded: false };
  } catch (error) {
    const raced = await db.functionRun.findUnique({ where: { instanceId_slotKey: { instanceId, slotKey } } });
    if (!raced) throw error;
    return resume(raced, job, workerId);
  }
}

async function resume(
  run: { id: string; jobId: string; seq: number; status: string },
  job: { id: string; retryCount: number },
  workerId: string,
): Promise<TClaim> {
  if (run.jobId !== job.id) return { kind: "duplicate", runId: run.id };
  if (run.status !== "succeeded") {
    await db.functionRun.update({
      where: { id: run.id },
      data: { status: "running", attempt: job.retryCount, workerId },
    });
  }
  return { kind: "retry", runId: run.id, seq: run.seq, alreadySucceeded: run.status === "succeeded" };
}
