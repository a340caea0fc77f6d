// The trigger a configure or edit form asked for, checked against the brick and the target: a
// schedule (its cron), "Run now" only, or a finalized event — allowed by the brick, emitted by the
// target or a contract linked to it (listEventSources), and named in that contract's ABI. A wrong
// choice is a 400 naming the field; nothing is written.
import "server-only";
import type { TFunctionBrickManifest } from "@/lib/bricks/kinds/function/manifest-schema";
import { AppError } from "@/lib/errors";
import { ON_EVENT, SCHEDULES, type TScheduleChoice } from "@/lib/functions/bricks/schedules";
import { listEventSources } from "./event-sources";

export type TResolvedTrigger = { schedule: string | null; eventSourceId: string | null; eventName: string | null };

export async function resolveTrigger(
  manifest: Pick<TFunctionBrickManifest, "triggers" | "event">,
  target: { id: string; teamId: string; networkId: string },
  choice: { schedule: string; event?: { sourceId: string; name: string } },
): Promise<TResolvedTrigger> {
  const bad = (field: string, message: string) =>
    new AppError("BAD_INPUT", { userMessage: message, fields: { [field]: [message] } });
  if (choice.schedule !== ON_EVENT) {
    const cron = SCHEDULES[choice.schedule as TScheduleChoice]?.cron ?? null;
    if (cron && !manifest.triggers.includes("schedule"))
      throw bad("schedule", "This function does not run on a schedule");
    return { schedule: cron, eventSourceId: null, eventName: null };
  }
  if (!manifest.triggers.includes("event")) throw bad("schedule", "This function cannot be started by events");
  if (!choice.event) throw bad("event.name", "Pick the event that starts a run");
  const sources = await listEventSources(target, manifest.event?.sources ?? ["target", "linked"]);
  const source = sources.find((s) => s.id === choice.event!.sourceId);
  if (!source) throw bad("event.sourceId", "Pick your contract or one linked to it");
  if (!source.events.includes(choice.event.name))
    throw bad("event.name", `${source.name} has no event "${choice.event.name}"`);
  return { schedule: null, eventSourceId: source.id, eventName: choice.event.name };
}
