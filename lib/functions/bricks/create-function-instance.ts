// "Save" on the configure page: a function instance of the actor's team (the team of the target
// deployment, where the actor must be allowed to configure functions — checked in load-draft's query),
// with its encrypted secrets, its automation account, its schedule, and its first scheduled slot queued.
import "server-only";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { writeAuditLog } from "@/lib/auth/audit-log";
import { enqueueNextSlot } from "@/lib/functions/jobs/enqueue-run";
import { appJobs } from "./app-jobs";
import { instantiateFunctionBrick } from "./instantiate";
import { loadDraft } from "./load-draft";
import { devAccessFromEnv } from "./prepare-config";
import type { TSaveFunction } from "./schemas";
import { resolveTrigger } from "@/lib/functions/events/resolve-trigger";
import { recordConfigVersion } from "@/lib/functions/config-versions/record-config-version";

export async function createFunctionInstance(opts: { actorId: string; input: TSaveFunction; jobs?: PgBoss }) {
  const { input } = opts;
  const { brick, target } = await loadDraft(opts.actorId, input);
  const trigger = await resolveTrigger(brick.manifest, target, input);
  const { schedule } = trigger;
  const { instance, account } = await instantiateFunctionBrick({
    brick,
    teamId: target.teamId,
    name: input.name,
    input: input.input,
    secrets: input.secrets,
    schedule,
    event: trigger.eventSourceId ? { sourceId: trigger.eventSourceId, name: trigger.eventName! } : null,
    target: { networkId: target.networkId, address: target.address, abi: target.abi },
    dev: devAccessFromEnv(),
    origin: { brickVersionId: brick.versionId, targetDeploymentId: target.id, createdById: opts.actorId },
  });
  await writeAuditLog(db, {
    actorId: opts.actorId,
    teamId: target.teamId,
    action: "function.create",
    target: `function:${instance.id}`,
    detail: {
      brick: `${brick.manifest.slug}@${brick.manifest.version}`,
      deployment: target.id,
      schedule,
      ...(trigger.eventName ? { event: trigger.eventName } : {}),
    },
  });
  await recordConfigVersion({ instanceId: instance.id, version: 1, actorId: opts.actorId, changes: ["Configured"] });
  if (schedule) await enqueueNextSlot(opts.jobs ?? (await appJobs()), { id: instance.id, schedule });
  return { id: instance.id, automationAccount: account.address };
}
