// Turns a claimed pg-boss job into a run row, the guard behind "no slot runs twice": a run is unique
// per (instance, slot key). A retry of the same job finds its own row and carries on; a second job
// for a slot that another job already took is skipped. The claim also reads what the run needs (the
// instance, its state and sealed secrets) in the same transaction: each Prisma query costs this
// worker a compile in the query engine, and a run's CPU is what bounds how many runs a worker does.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { TRunJob } from "./queues";

const WITH_SECRETS = { secrets: true } as const;
export type TClaimedInstance = Prisma.FunctionInstanceGetPayload<{ include: typeof WITH_SECRETS }>;

export type TClaim =
  | { kind: "new" | "retry"; runId: string; seq: number; alreadySucceeded: boolean; instance: TClaimedInstance }
  | { kind: "duplicate"; runId: string; instance: TClaimedInstance }
  /** The instance is deleted, turned off or no longer scheduled: nothing was written. */
  | { kind: "gone"; reason: string };

const GONE = "the function is gone or turned off";

/** Thrown inside the claim's transaction to roll the counter back. */
class NotRunnable extends Error {}

export async function claimRun(
  job: { id: string; data: TRunJob; retryCount: number },
  workerId: string,
): Promise<TClaim> {
  const { instanceId, slot, trigger } = job.data;
  // Event runs carry their own key, so the same event queued twice (a restart between queuing and
  // marking it queued) still makes one run: the second is caught by the unique key below.
  const slotKey = slot ? `slot:${slot}` : (job.data.key ?? `job:${job.id}`);
  const find = () =>
    db.functionRun.findUnique({
      where: { instanceId_slotKey: { instanceId, slotKey } },
      include: { instance: { include: WITH_SECRETS } },
    });
  // A retried job usually has its row already; a first attempt almost never (a second job for the
  // same slot is caught below by the unique key), so it goes straight to the write.
  if (job.retryCount > 0) {
    const existing = await find();
    if (existing) return resume(existing, job, workerId);
  }
  // The counter and the row in one transaction: run sequence numbers have no gaps or repeats.
  try {
    return await db.$transaction(async (tx) => {
      const instance = await tx.functionInstance.update({
        where: { id: instanceId },
        data: { nextSeq: { increment: 1 } },
        include: WITH_SECRETS,
      });
      // A turned-off function does not run, nor a slot queued before an edit took the schedule away
      // (now "Run now" or an event).
      if (!instance.enabled) throw new NotRunnable(GONE);
      if (slot && !instance.schedule) throw new NotRunnable("the function no longer runs on a schedule");
      const run = await tx.functionRun.create({
        data: {
          instanceId,
          seq: instance.nextSeq - 1,
          slotKey,
          jobId: job.id,
          attempt: job.retryCount,
          workerId,
          trigger,
          status: "running",
        },
        select: { id: true, seq: true },
      });
      return { kind: "new", runId: run.id, seq: run.seq, alreadySucceeded: false, instance } as const;
    });
  } catch (error) {
    if (error instanceof NotRunnable) return { kind: "gone", reason: error.message };
    // P2025: the instance is gone.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      return { kind: "gone", reason: GONE };
    const raced = await find();
    if (!raced) throw error;
    return resume(raced, job, workerId);
  }
}

async function resume(
  run: { id: string; jobId: string; seq: number; status: string; instance: TClaimedInstance },
  job: { id: string; retryCount: number },
  workerId: string,
): Promise<TClaim> {
  if (!run.instance.enabled) return { kind: "gone", reason: GONE };
  if (run.jobId !== job.id) return { kind: "duplicate", runId: run.id, instance: run.instance };
  if (run.status !== "succeeded") {
    await db.functionRun.update({
      where: { id: run.id },
      data: { status: "running", attempt: job.retryCount, workerId },
      select: { id: true },
    });
  }
  return {
    kind: "retry",
    runId: run.id,
    seq: run.seq,
    alreadySucceeded: run.status === "succeeded",
    instance: run.instance,
  };
}
