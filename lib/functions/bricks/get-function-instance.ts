// The function instance page's data, for members of its team only (the check is in the query): what
// it runs and feeds, its schedule and next run, its automation account (and whether the target
// contract lets it report), and its last runs with output, delivery and receipt. Secrets: names only.
import "server-only";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZInstanceConfig } from "@/lib/functions/jobs/instance-config";
import { nextSlot } from "@/lib/functions/jobs/next-slot";
import { ZFunctionBrickManifest } from "@/lib/bricks/kinds/function/manifest-schema";
import { hasQueryHandler, queryPath } from "@/lib/functions/queries/query-params";
import { webhookPath } from "@/lib/functions/webhooks/create-webhook-secret";
import { describeSchedule } from "./schedules";
import { findFunctionTarget } from "./find-function-target";
import { listConfigVersions } from "@/lib/functions/config-versions/list-config-versions";
import { teamIdsWhere } from "./team-filter";

const RUNS = 20;

export async function getFunctionInstance(opts: { actorId: string; id: string }) {
  const inst = await db.functionInstance.findFirst({
    where: { id: opts.id, teamId: await teamIdsWhere(opts.actorId, "function.view") },
    include: {
      account: { select: { address: true } },
      secrets: { select: { name: true, updatedAt: true } },
      webhook: { select: { createdAt: true } },
      runs: {
        orderBy: { seq: "desc" },
        take: RUNS,
        select: {
          id: true,
          seq: true,
          trigger: true,
          status: true,
          output: true,
          error: true,
          logs: true,
          receipt: true,
          durationMs: true,
          startedAt: true,
          finishedAt: true,
          configVersion: true,
          delivery: {
            select: {
              status: true,
              message: true,
              args: true,
              extrinsicHash: true,
              blockHash: true,
              failureReason: true,
            },
          },
        },
      },
    },
  });
  if (!inst)
    throw new AppError("NOT_FOUND", {
      userMessage: "This function does not exist, or you are not a member of its team.",
    });
  const [membership, team, network, version, deployment, counts] = await Promise.all([
    db.membership.findFirst({ where: { teamId: inst.teamId!, userId: opts.actorId }, select: { role: true } }),
    db.team.findUnique({ where: { id: inst.teamId! }, select: { slug: true, name: true } }),
    inst.networkId
      ? db.network.findUnique({
          where: { id: inst.networkId },
          select: {
            name: true,
            isDevChain: true,
            tokenSymbol: true,
            decimals: true,
            explorerAccountUrl: true,
            explorerTxUrl: true,
            explorerBlockUrl: true,
          },
        })
      : null,
    inst.brickVersionId
      ? db.brickVersion.findUnique({
          where: { id: inst.brickVersionId },
          select: {
            version: true,
            codeHash: true,
            yankedAt: true,
            yankedReason: true,
            manifest: true,
            brick: { select: { slug: true, name: true } },
          },
        })
      : null,
    findFunctionTarget(inst.targetDeploymentId),
    db.functionRun.groupBy({ by: ["status"], where: { instanceId: inst.id }, _count: true }),
  ]);
  const [history, eventSource] = await Promise.all([
    listConfigVersions(inst.id),
    inst.eventSourceId
      ? db.deployment.findUnique({ where: { id: inst.eventSourceId }, select: { id: true, name: true } })
      : null,
  ]);
  const config = ZInstanceConfig.parse(JSON.parse(inst.config));
  const total = counts.reduce((n, c) => n + c._count, 0);
  const succeeded = counts.find((c) => c.status === "succeeded")?._count ?? 0;
  const last = inst.runs[0];
  const triggers = version ? ZFunctionBrickManifest.parse(JSON.parse(version.manifest)).triggers : null;
  const status = !inst.enabled ? "paused" : last?.status === "failed" ? "failing" : "active";
  return {
    id: inst.id,
    name: inst.name,
    status,
    enabled: inst.enabled,
    role: membership?.role ?? null,
    canOperate: can(membership?.role, "function.operate"),
    team,
    network,
    brick: version
      ? {
          slug: version.brick.slug,
          name: version.brick.name,
          version: version.version,
          yanked: version.yankedAt ? (version.yankedReason ?? "withdrawn") : null,
        }
      : null,
    codeHash: inst.sourceHash,
    input: config.input,
    allowedHosts: config.allowedHosts,
    secretNames: inst.secrets.map((s) => s.name),
    schedule: inst.schedule,
    scheduleWords: inst.eventName
      ? `When “${eventSource?.name ?? "the contract"}” emits ${inst.eventName} (once its block is final), or on “Run now”`
      : inst.schedule
        ? describeSchedule(inst.schedule)
        : "Only when someone presses “Run now”",
    event: inst.eventName ? { name: inst.eventName, source: eventSource } : null,
    configVersion: inst.configVersion,
    history,
    canEdit: can(membership?.role, "function.configure") && !!version && !!deployment && !version.yankedAt,
    nextRun: inst.enabled && inst.schedule ? nextSlot(inst.schedule, new Date()) : null,
    target: deployment && {
      id: deployment.id,
      name: deployment.name,
      address: deployment.address,
      brick: deployment.brickVersion.brick.slug,
    },
    targetAddress: inst.targetAddress,
    // Webhook and query URL: paths below the app's origin; the webhook secret itself is never here.
    takesWebhooks: triggers ? triggers.includes("webhook") : true,
    webhook: inst.webhook ? { path: webhookPath(inst.id), createdAt: inst.webhook.createdAt } : null,
    query: hasQueryHandler(inst.source) ? { path: queryPath(inst.id), access: inst.queryAccess } : null,
    automationAccount: inst.account?.address ?? null,
    successRate: total ? Math.round((succeeded / total) * 100) : null,
    totalRuns: total,
    runs: inst.runs.map((r) => ({
      id: r.id,
      seq: r.seq,
      trigger: r.trigger,
      status: r.status,
      output: r.output,
      error: r.error,
      logs: JSON.parse(r.logs) as string[],
      hasReceipt: !!r.receipt,
      durationMs: r.durationMs,
      startedAt: r.startedAt,
      configVersion: r.configVersion,
      delivery: r.delivery,
    })),
  };
}
export type TFunctionInstanceView = Awaited<ReturnType<typeof getFunctionInstance>>;
