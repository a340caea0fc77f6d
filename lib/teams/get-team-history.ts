import "server-only";
import { db } from "@/lib/db";
import { rolesAllowed } from "@/lib/auth/permissions";

/** The team's audit log, newest first; empty for anyone who may not see it. */
export async function getTeamHistory(opts: { actorId: string; teamId: string; take?: number }) {
  const rows = await db.auditLogEntry.findMany({
    where: {
      teamId: opts.teamId,
      team: { members: { some: { userId: opts.actorId, role: { in: rolesAllowed("team.history.view") } } } },
    },
    include: { actor: { select: { name: true, accounts: { select: { address: true }, take: 1 } } } },
    orderBy: { createdAt: "desc" },
    take: opts.take ?? 20,
  });
  // Targets such as "user:<id>" are shown by name, including people who have left since.
  const userIds = [...new Set(rows.map((r) => r.target.match(/^user:(.+)$/)?.[1]).filter((id): id is string => !!id))];
  const users = await db.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, name: true, accounts: { select: { address: true }, take: 1 } },
  });
  const names = new Map(users.map((u) => [u.id, u.name ?? u.accounts[0]?.address ?? "someone"]));
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    target: r.target,
    detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
    targetName: names.get(r.target.slice("user:".length)) ?? null,
    at: r.createdAt,
    actor: r.actor ? { name: r.actor.name, address: r.actor.accounts[0]?.address ?? null } : null,
  }));
}
