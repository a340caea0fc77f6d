// What the edit page fills its form with: the configure form of the brick version the instance runs
// (configureView, as on "Use this function", for its one target), the current inputs and trigger, and
// the names (never values) of the stored secrets. Operators only (operable's query).
import "server-only";
import { db } from "@/lib/db";
import { fromVersion } from "@/lib/functions/bricks/get-function-brick";
import { configureView } from "@/lib/functions/bricks/configure-view";
import { ON_EVENT, SCHEDULES } from "@/lib/functions/bricks/schedules";
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
    form: await configureView(
      manifest,
      [
        {
          id: target.id,
          name: target.name,
          address: target.address ?? "",
          teamId: target.teamId,
          teamName: target.team.name,
          brick: target.brickVersion.brick.slug,
          networkId: target.networkId,
          networkName: target.network.name,
        },
      ],
      { editing: true },
    ),
    input: ZInstanceConfig.parse(JSON.parse(inst.config)).input,
    schedule,
    event: inst.eventSourceId && inst.eventName ? { sourceId: inst.eventSourceId, name: inst.eventName } : null,
    secretNames: secrets.map((s) => s.name),
  };
}
