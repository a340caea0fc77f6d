import "server-only";
import { db } from "@/lib/db";
import { writeAuditLog } from "@/lib/history/write-history";
import { rolesAllowed } from "@/lib/auth/permissions";
import { denial, ensureOwnerRemains } from "@/lib/teams/guard";
import { ZLeaveTeam } from "@/lib/teams/schemas";
import { revokeMemberTokens } from "@/lib/api-tokens/revoke-member-tokens";

export async function leaveTeam(opts: { actorId: string; teamId: string }) {
  const { teamId } = ZLeaveTeam.parse(opts);
  const { actorId } = opts;
  return db.$transaction(async (tx) => {
    const before = await tx.membership.findUnique({ where: { teamId_userId: { teamId, userId: actorId } } });
    const { count } = await tx.membership.deleteMany({
      where: { teamId, userId: actorId, role: { in: rolesAllowed("team.leave") } },
    });
    if (count !== 1)
      throw await denial(tx, { actorId, teamId, allowed: rolesAllowed("team.leave"), doing: "leave it" });
    await ensureOwnerRemains(
      tx,
      teamId,
      "You are the last owner of this team. Make someone else an owner before you leave.",
    );
    await revokeMemberTokens(tx, { teamId, userId: actorId, newRole: null });
    await writeAuditLog(tx, {
      actorId,
      teamId,
      action: "team.leave",
      target: `user:${actorId}`,
      detail: { role: before?.role },
    });
  });
}
