// The admin page's list: every network with what its last check said and its health right now.
import "server-only";
import { db } from "@/lib/db";
import { networkHealth } from "./network-health";
import { requireNetworkAdmin } from "./require-network-admin";

export async function listNetworks(opts: { actorId: string; live?: boolean }) {
  await requireNetworkAdmin(opts.actorId);
  const rows = await db.network.findMany({
    orderBy: { createdAt: "asc" },
    include: { _count: { select: { deployments: true } } },
  });
  const health = await Promise.all(rows.map((n) => (opts.live === false ? null : networkHealth(n))));
  return rows.map((n, i) => ({ ...n, deployments: n._count.deployments, health: health[i] }));
}

export type TNetworkRow = Awaited<ReturnType<typeof listNetworks>>[number];
