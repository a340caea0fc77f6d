// Queues runs. A scheduled slot is queued ahead with startAfter = its time, keyed by slot, so sending
// it again (another worker, the sweep, a retry) is refused by the queue; an on-demand run gets a
// fresh key.
import "server-only";
import { randomUUID } from "node:crypto";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { nextSlot, slotKey } from "./next-slot";
import { RUN_QUEUE, type TRunJob } from "./queues";

export async function enqueueRun(boss: PgBoss, instanceId: string): Promise<string | null> {
  const data: TRunJob = { instanceId, trigger: "manual" };
  return boss.send(RUN_QUEUE, data, { singletonKey: `${instanceId}#${randomUUID()}` });
}

/** A signed webhook call: one run with the body as part of its input (lib/functions/webhooks). */
export async function enqueueWebhookRun(boss: PgBoss, instanceId: string, payload: unknown): Promise<string | null> {
  const data: TRunJob = { instanceId, trigger: "webhook", payload };
  return boss.send(RUN_QUEUE, data, { singletonKey: `${instanceId}#${randomUUID()}` });
}

/** Queues the first slot after `after` for a scheduled instance (null: already queued). */
export async function enqueueNextSlot(
  boss: PgBoss,
  instance: { id: string; schedule: string | null },
  after = new Date(),
): Promise<string | null> {
  if (!instance.schedule) return null;
  const slot = nextSlot(instance.schedule, after);
  const data: TRunJob = { instanceId: instance.id, slot: slot.toISOString(), trigger: "schedule" };
  return boss.send(RUN_QUEUE, data, { singletonKey: slotKey(instance.id, slot), startAfter: slot });
}

/** The sweep: every enabled scheduled instance gets its next slot queued. */
export async function sweepSchedules(boss: PgBoss): Promise<number> {
  const instances = await db.functionInstance.findMany({
    where: { enabled: true, schedule: { not: null } },
    select: { id: true, schedule: true },
  });
  let queued = 0;
  for (const i of instances) if (await enqueueNextSlot(boss, i)) queued++;
  return queued;
}
