// FunctionInstance.teamId is a plain column (the runtime's table), so the role check is a sub-select
// on the actor's memberships inside the same where clause.
import "server-only";
import { rolesAllowed, type TeamAction } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export async function teamIdsWhere(actorId: string, action: TeamAction): Promise<{ in: string[] }> {
  const rows = await db.membership.findMany({
    where: { userId: actorId, role: { in: rolesAllowed(action) } },
    select: { teamId: true },
  });
  return { in: rows.map((r) => r.teamId) };
}
