// What the edit page fills its form with: the brick version the instance runs (its inputs schema and
// triggers), the current inputs and trigger, the target and the contracts whose events it may listen
// to, and the names (never values) of the stored secrets. Operators only (operable's query).
import "server-only";
import { db } from "@/lib/db";
import { fromVersion } from "@/lib/functions/bricks/get-function-brick";
import { ON_EVENT, SCHEDULES, triggerChoices } from "@/lib/functions/bricks/schedules";
import { listEventSources } from "@/lib/functions/events/event-sources";
import { ZInstanceConfig } from "@/lib/functions/jobs/instance-config";
import { loadEditableFunction } from "./load-editable-function";

export async function getEditableFunction(opts: { actorId: string; instanceId: string }) {
  const { inst, version, target } = await loadEditableFunction(opts.actorId, opts.instanceId);
  const secrets = await db.functionSecret.findMany({ where: { instanceId: inst.id }, select: { name: true } });
  const { manifest } = fromVersion(version);
  const schedule = inst.eventName
    ? ON_EVENT
    : (Object.entries(SCHEDULES).find(([, s]) => s.cron === inst.schedule)?.[0] ?? "manual");
  return {
    name: inst.name,
    version: inst.configVersion,
    manifest,
    input: ZInstanceConfig.parse(JSON.parse(inst.config)).input,
    schedule,
    schedules: triggerChoices(manifest.triggers),
    event: inst.eventSourceId && inst.eventName ? { sourceId: inst.eventSourceId, name: inst.eventName } : null,
    eventSources: manifest.triggers.includes("event") ? await listEventSources(target, manifest.event?.sources) : [],
    secretNames: secrets.map((s) => s.name),
    target: {
      id: target.id,
      name: target.name,
      address: target.address ?? "",
      teamName: target.team.name,
      brick: target.brickVersion.brick.slug,
      networkName: target.network.name,
    },
  };
}
