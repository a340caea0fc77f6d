// The event-trigger half the contract event indexer calls (lib/deployments/events): which active
// function instances listen to events of the deployments being indexed, and the outbox rows
// (FunctionEventTrigger) for the events of one block that they listen to. The rows are written in the
// indexer's transaction with the block's cursor, so a finalized event is either stored with its
// triggers or not at all: a restart resumes at the same block, never skipping or doubling one.
import "server-only";
import { db } from "@/lib/db";

export type TEventListener = { instanceId: string; eventName: string };
export type TIndexedEvent = {
  deploymentId: string;
  blockHash: string;
  blockNumber: number;
  eventIndex: number;
  name: string;
  args: string;
};

/** Deployment id → the running (not paused) instances listening to one of its events. */
export async function listEventListeners(deploymentIds: string[]): Promise<Map<string, TEventListener[]>> {
  const rows = await db.functionInstance.findMany({
    where: { enabled: true, eventSourceId: { in: deploymentIds }, eventName: { not: null } },
    select: { id: true, eventSourceId: true, eventName: true },
  });
  const byDeployment = new Map<string, TEventListener[]>();
  for (const r of rows) {
    const list = byDeployment.get(r.eventSourceId!) ?? [];
    list.push({ instanceId: r.id, eventName: r.eventName! });
    byDeployment.set(r.eventSourceId!, list);
  }
  return byDeployment;
}

/** The outbox writes for one block's stored events (upserts: a block indexed twice adds nothing). */
export function eventTriggerWrites(
  listeners: Map<string, TEventListener[]>,
  events: TIndexedEvent[],
  addressOf: (deploymentId: string) => string,
) {
  return events.flatMap((e) =>
    (listeners.get(e.deploymentId) ?? [])
      .filter((l) => l.eventName === e.name)
      .map((l) => {
        const event = {
          contract: addressOf(e.deploymentId),
          name: e.name,
          args: JSON.parse(e.args) as unknown,
          blockNumber: e.blockNumber,
          blockHash: e.blockHash,
          eventIndex: e.eventIndex,
        };
        const key = { instanceId: l.instanceId, blockHash: e.blockHash, eventIndex: e.eventIndex };
        return db.functionEventTrigger.upsert({
          where: { instanceId_blockHash_eventIndex: key },
          create: { ...key, blockNumber: e.blockNumber, event: JSON.stringify(event) },
          update: {},
        });
      }),
  );
}
