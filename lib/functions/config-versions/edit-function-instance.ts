// "Save changes" on a function instance: its inputs, trigger, name and secrets, checked exactly as on
// the configure page (the brick version it runs, its inputs schema, the trigger against the target's
// ABI), then written as a new configuration version with what changed in words. Secrets are
// write-only: an empty field keeps the stored value; the history only says which were replaced.
// Operators of the instance's team only (the role is in the query): viewers 403, other teams 404.
import "server-only";
import type PgBoss from "pg-boss";
import { writeAuditLog } from "@/lib/auth/audit-log";
import { db } from "@/lib/db";
import { appJobs } from "@/lib/functions/bricks/app-jobs";
import { fromVersion } from "@/lib/functions/bricks/get-function-brick";
import { devAccessFromEnv, prepareFunctionConfig } from "@/lib/functions/bricks/prepare-config";
import type { TEditFunction } from "@/lib/functions/bricks/schemas";
import { resolveTrigger } from "@/lib/functions/events/resolve-trigger";
import { enqueueNextSlot } from "@/lib/functions/jobs/enqueue-run";
import { ZInstanceConfig } from "@/lib/functions/jobs/instance-config";
import { saveSecret } from "@/lib/functions/secrets/save-secret";
import { describeChanges } from "./describe-changes";
import { loadEditableFunction } from "./load-editable-function";
import { recordConfigVersion } from "./record-config-version";

export async function editFunctionInstance(opts: { actorId: string; input: TEditFunction; jobs?: PgBoss }) {
  const { input } = opts;
  const { inst, version, target } = await loadEditableFunction(opts.actorId, input.instanceId);
  const brick = fromVersion(version);
  const stored = await db.functionSecret.findMany({ where: { instanceId: inst.id }, select: { name: true } });
  // A required secret already stored counts as given; only the fields filled in are saved.
  const kept = Object.fromEntries(stored.map((s) => [s.name, "(kept)"]));
  const given = Object.fromEntries(Object.entries(input.secrets).filter(([, v]) => v !== ""));
  const prepared = prepareFunctionConfig(brick, input.input, { ...kept, ...given }, devAccessFromEnv());
  const trigger = await resolveTrigger(brick.manifest, target, input);

  const before = ZInstanceConfig.parse(JSON.parse(inst.config));
  const changes = describeChanges(
    {
      name: inst.name,
      input: before.input,
      schedule: inst.schedule,
      eventName: inst.eventName,
      eventSourceId: inst.eventSourceId,
    },
    { name: input.name, input: prepared.input, ...trigger },
    Object.keys(given),
  );
  if (changes.length === 0) return { id: inst.id, version: inst.configVersion, changes };

  const next = inst.configVersion + 1;
  await db.$transaction(async (tx) => {
    await tx.functionInstance.update({
      where: { id: inst.id },
      data: {
        name: input.name,
        config: JSON.stringify({ ...before, input: prepared.input, allowedHosts: prepared.allowedHosts }),
        schedule: trigger.schedule,
        eventSourceId: trigger.eventSourceId,
        eventName: trigger.eventName,
        configVersion: next,
      },
    });
    await recordConfigVersion({ instanceId: inst.id, version: next, actorId: opts.actorId, changes }, tx);
  });
  for (const [name, value] of Object.entries(given)) await saveSecret(inst.id, { name, value });
  await writeAuditLog(db, {
    actorId: opts.actorId,
    teamId: inst.teamId,
    action: "function.edit",
    target: `function:${inst.id}`,
    detail: { version: next, changes },
  });
  // A new or changed schedule: its next slot (an old slot left queued runs with the new settings once).
  if (trigger.schedule && trigger.schedule !== inst.schedule && inst.enabled)
    await enqueueNextSlot(opts.jobs ?? (await appJobs()), { id: inst.id, schedule: trigger.schedule });
  return { id: inst.id, version: next, changes };
}
