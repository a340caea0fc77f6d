// What a team member with the "function.operate" role does on a function instance page: pause and
// resume its schedule, run it now, and (dev chains only) fund its automation account in one click.
// Every check is in the query; every action is logged.
import "server-only";
import type PgBoss from "pg-boss";
import { writeAuditLog } from "@/lib/auth/audit-log";
import { getChainApi } from "@/lib/chain/api-pool";
import { getDevAccounts } from "@/lib/chain/dev-accounts";
import { formatTokens } from "@/lib/chain/format-tokens";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueueNextSlot, enqueueRun } from "@/lib/functions/jobs/enqueue-run";
import { appJobs } from "./app-jobs";
import { teamIdsWhere } from "./team-filter";

/** The instance, when the actor may operate it (the role check is in the query); a plain 403/404 otherwise. */
export async function operable(actorId: string, instanceId: string) {
  const inst = await db.functionInstance.findFirst({
    where: { id: instanceId, teamId: await teamIdsWhere(actorId, "function.operate") },
    include: { account: { select: { address: true } } },
  });
  if (!inst) {
    const seen = await db.functionInstance.count({
      where: { id: instanceId, teamId: await teamIdsWhere(actorId, "function.view") },
    });
    throw seen
      ? new AppError("FORBIDDEN", {
          userMessage: "Viewers can watch this function but not change it. Ask a team owner or admin.",
        })
      : new AppError("NOT_FOUND", {
          userMessage: "This function does not exist, or you are not a member of its team.",
        });
  }
  return inst;
}

export async function setFunctionEnabled(opts: {
  actorId: string;
  instanceId: string;
  enabled: boolean;
  jobs?: PgBoss;
}) {
  const inst = await operable(opts.actorId, opts.instanceId);
  if (opts.enabled) await refuseYanked(inst.brickVersionId);
  await db.functionInstance.update({ where: { id: inst.id }, data: { enabled: opts.enabled } });
  await writeAuditLog(db, {
    actorId: opts.actorId,
    teamId: inst.teamId,
    action: opts.enabled ? "function.resume" : "function.pause",
    target: `function:${inst.id}`,
  });
  // A paused instance's queued slot is skipped by the worker; resuming queues the next one.
  if (opts.enabled && inst.schedule)
    await enqueueNextSlot(opts.jobs ?? (await appJobs()), { id: inst.id, schedule: inst.schedule });
  return { enabled: opts.enabled };
}

/** `jobs`: the queue to use (default: the app's, see app-jobs.ts). */
export async function runFunctionNow(opts: { actorId: string; instanceId: string; jobs?: PgBoss }) {
  const inst = await operable(opts.actorId, opts.instanceId);
  await refuseYanked(inst.brickVersionId);
  const jobId = await enqueueRun(opts.jobs ?? (await appJobs()), inst.id);
  await writeAuditLog(db, {
    actorId: opts.actorId,
    teamId: inst.teamId,
    action: "function.run",
    target: `function:${inst.id}`,
  });
  return { queued: jobId !== null };
}

/** A function whose brick version was yanked stays stopped: it runs again only as a new configuration. */
async function refuseYanked(brickVersionId: string | null) {
  if (!brickVersionId) return;
  const v = await db.brickVersion.findUnique({
    where: { id: brickVersionId },
    select: { yankedAt: true, yankedReason: true },
  });
  if (v?.yankedAt)
    throw new AppError("CONFLICT", {
      userMessage: `This function's version was withdrawn (${v.yankedReason ?? "no reason given"}), so it stays stopped. Set up the current version instead.`,
    });
}

/** Whole tokens sent per click on a dev chain: enough for many deliveries. */
const FUND_TOKENS = 100n;

export async function fundAutomationAccount(opts: { actorId: string; instanceId: string }) {
  const inst = await operable(opts.actorId, opts.instanceId);
  const network = inst.networkId ? await db.network.findUnique({ where: { id: inst.networkId } }) : null;
  if (!network || !inst.account)
    throw new AppError("BAD_INPUT", { userMessage: "This function is not connected to a contract yet." });
  if (!network.isDevChain)
    throw new AppError("BAD_INPUT", {
      userMessage: `${network.name} is not a dev chain: send ${network.tokenSymbol} to ${inst.account.address} from your own wallet.`,
    });
  const api = await getChainApi(network.rpcUrl, { networkName: network.name });
  const { ferdie } = await getDevAccounts();
  const amount = FUND_TOKENS * 10n ** BigInt(network.decimals);
  const nonce = await api.rpc.system.accountNextIndex(ferdie.address);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new AppError("CHAIN_UNAVAILABLE", {
            userMessage: `${network.name} did not include the transfer within 60 s.`,
          }),
        ),
      60_000,
    );
    api.tx.balances
      .transferKeepAlive(inst.account!.address, amount)
      .signAndSend(ferdie, { nonce }, ({ status, dispatchError }) => {
        if (dispatchError || status.isInvalid || status.isDropped) {
          clearTimeout(timer);
          reject(new AppError("CHAIN_UNAVAILABLE", { userMessage: "The dev chain refused the transfer. Try again." }));
        } else if (status.isInBlock || status.isFinalized) {
          clearTimeout(timer);
          resolve();
        }
      })
      .catch((error: unknown) => {
        clearTimeout(timer);
        reject(error);
      });
  });
  await writeAuditLog(db, {
    actorId: opts.actorId,
    teamId: inst.teamId,
    action: "function.fund",
    target: `function:${inst.id}`,
  });
  return { message: `${formatTokens(amount, network.decimals, network.tokenSymbol)} sent to the function's account.` };
}
