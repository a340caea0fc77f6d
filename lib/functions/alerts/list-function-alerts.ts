// What needs a person's attention among a team's functions, for the team dashboard: instances whose
// last runs failed (with the reason in words) and automation accounts whose balance will not cover the
// next deliveries (how much is missing and where to send it). Members of the team only: the role check
// is inside the query. Balances are read live from each network; a network that does not answer is
// named instead of guessed.
import "server-only";
import { db } from "@/lib/db";
import { formatTokens } from "@/lib/chain/format-tokens";
import { can } from "@/lib/auth/permissions";
import { teamIdsWhere } from "@/lib/functions/bricks/team-filter";
import { DELIVERIES_AHEAD } from "./constants";
import { readAccountFunds, type TAccountFunds } from "./read-account-funds";

const RECENT_RUNS = 10;

export type TFailingFunction = {
  id: string;
  name: string;
  failedInARow: number;
  reason: string;
  lastFailedAt: Date;
};
export type TLowBalance = {
  id: string;
  name: string;
  address: string;
  network: string;
  free: string;
  needed: string;
  missing: string;
  canFund: boolean;
};
export type TFunctionAlerts = { failing: TFailingFunction[]; lowBalance: TLowBalance[]; unreadable: string[] };

export async function listFunctionAlerts(opts: { actorId: string; teamId: string }): Promise<TFunctionAlerts> {
  const instances = await db.functionInstance.findMany({
    where: {
      teamId: opts.teamId,
      enabled: true,
      // The viewer must be a member allowed to see the team's functions (function.view).
      AND: [{ teamId: await teamIdsWhere(opts.actorId, "function.view") }],
    },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      networkId: true,
      account: { select: { address: true } },
      runs: {
        where: { status: { in: ["succeeded", "failed"] } },
        orderBy: { seq: "desc" },
        take: RECENT_RUNS,
        select: {
          status: true,
          error: true,
          finishedAt: true,
          startedAt: true,
          delivery: { select: { status: true, failureReason: true, blockHash: true } },
        },
      },
    },
  });
  if (instances.length === 0) return { failing: [], lowBalance: [], unreadable: [] };
  const role = (
    await db.membership.findFirst({ where: { userId: opts.actorId, teamId: opts.teamId }, select: { role: true } })
  )?.role;

  const failing: TFailingFunction[] = [];
  for (const inst of instances) {
    const failed = (r: (typeof inst.runs)[number]) => r.status === "failed" || r.delivery?.status === "failed";
    let streak = 0;
    while (streak < inst.runs.length && failed(inst.runs[streak])) streak++;
    if (streak === 0) continue;
    const last = inst.runs[0];
    failing.push({
      id: inst.id,
      name: inst.name,
      failedInARow: streak,
      reason: last.error ?? last.delivery?.failureReason ?? "The run failed without a reason recorded.",
      lastFailedAt: last.finishedAt ?? last.startedAt,
    });
  }

  const networkIds = [...new Set(instances.flatMap((i) => (i.networkId && i.account ? [i.networkId] : [])))];
  const networks = await db.network.findMany({
    where: { id: { in: networkIds } },
    select: { id: true, name: true, rpcUrl: true, isDevChain: true, decimals: true, tokenSymbol: true },
  });
  const lowBalance: TLowBalance[] = [];
  const unreadable = new Set<string>();
  await Promise.all(
    instances.map(async (inst) => {
      const network = networks.find((n) => n.id === inst.networkId);
      if (!network || !inst.account) return;
      // The last fee this account paid is the best estimate of the next one.
      const paidIn = inst.runs.find((r) => r.delivery?.blockHash && r.delivery.status !== "failed")?.delivery
        ?.blockHash;
      let funds: TAccountFunds;
      try {
        funds = await readAccountFunds(network.rpcUrl, network.name, inst.account.address, paidIn ?? null);
      } catch {
        unreadable.add(network.name);
        return;
      }
      const needed = funds.feePerDelivery * BigInt(DELIVERIES_AHEAD) + funds.existentialDeposit;
      if (funds.free >= needed) return;
      const fmt = (v: bigint) => formatTokens(v, network.decimals, network.tokenSymbol);
      lowBalance.push({
        id: inst.id,
        name: inst.name,
        address: inst.account.address,
        network: network.name,
        free: fmt(funds.free),
        needed: fmt(needed),
        missing: fmt(needed - funds.free),
        canFund: network.isDevChain && can(role, "function.operate"),
      });
    }),
  );
  lowBalance.sort((a, b) => a.name.localeCompare(b.name));
  return { failing, lowBalance, unreadable: [...unreadable] };
}
