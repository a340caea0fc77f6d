// For services in other domains (deployments, API tokens): the actor's membership if their role
// may do `action` in this team, found by a query that carries the role filter; else 404 / 403.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { rolesAllowed, type TeamAction } from "@/lib/auth/permissions";
import { denial } from "@/lib/teams/guard";

export async function requireTeamPermission(
  tx: Prisma.TransactionClient,
  { actorId, teamId, action, doing }: { actorId: string; teamId: string; action: TeamAction; doing: string },
) {
  const allowed = rolesAllowed(action);
  const membership = await tx.membership.findFirst({ where: { teamId, userId: actorId, role: { in: allowed } } });
  if (!membership) throw await denial(tx, { actorId, teamId, allowed, doing });
  return membership;
}
