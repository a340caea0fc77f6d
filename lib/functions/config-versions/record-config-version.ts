// Writes one configuration version of a function instance (FunctionConfigVersion): the inputs, the
// schedule and the event trigger as they are now, and what changed in words. Secret values never go
// here — a version only says which secrets were replaced.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

export type TConfigSnapshot = {
  input: unknown;
  schedule: string | null;
  eventSourceId: string | null;
  eventName: string | null;
};

export async function recordConfigVersion(
  opts: { instanceId: string; version: number; actorId: string | null; changes: string[] },
  tx: Prisma.TransactionClient = db,
): Promise<void> {
  const inst = await tx.functionInstance.findUniqueOrThrow({
    where: { id: opts.instanceId },
    select: { config: true, schedule: true, eventSourceId: true, eventName: true },
  });
  const snapshot: TConfigSnapshot = {
    input: (JSON.parse(inst.config) as { input?: unknown }).input ?? null,
    schedule: inst.schedule,
    eventSourceId: inst.eventSourceId,
    eventName: inst.eventName,
  };
  await tx.functionConfigVersion.create({
    data: {
      instanceId: opts.instanceId,
      version: opts.version,
      config: JSON.stringify(snapshot),
      changes: JSON.stringify(opts.changes),
      createdById: opts.actorId,
    },
  });
}
