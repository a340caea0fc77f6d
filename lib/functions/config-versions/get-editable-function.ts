// What the edit page fills its form with: the brick version the instance runs (its inputs schema and
// triggers), the current inputs and trigger, the target and the contracts whose events it may listen
// to, and the names (never values) of the stored secrets. Operators only (operable's query).
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fromVersion } from "@/lib/functions/bricks/get-function-brick";
import { operable } from "@/lib/functions/bricks/operate-function";
import { ON_EVENT, SCHEDULES, triggerChoices } from "@/lib/functions/bricks/schedules";
import { listEventSources } from "@/lib/functions/events/event-sources";
import { ZInstanceConfig } from "@/lib/functions/jobs/instance-config";

export async function getEditableFunction(opts: { actorId: string; instanceId: string }) {
  const inst = await operable(opts.actorId, opts.instanceId);
  const [version, target, secrets] = await Promise.all([
    inst.brickVersionId
      ? db.brickVersion.findUnique({
          where: { id: inst.brickVersionId },
          select: { id: true, manifest: true, wasm: true, yankedAt: true },
        })
      : null,
    inst.targetDeploymentId
      ? db.deployment.findUnique({
          where: { id: inst.targetDeploymentId },
          select: {
            id: true,
            name: true,
            address: true,
            teamId: true,
            networkId: true,
            team: { select: { name: true } },
            network: { select: { name: true } },
            brickVersion: { select: { brick: { select: { slug: true } } } },
          },
        })
      : null,
    db.functionSecret.findMany({ where: { instanceId: inst.id }, select: { name: true } }),
  ]);
  if (!version || !target)
    throw new AppError("CONFLICT", { userMessage: "Only functions set up from a function brick can be edited here." });
  if (version.yankedAt)
    throw new AppError("CONFLICT", {
      userMessage: "This function's version was withdrawn: set up the current version instead of editing it.",
    });
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
