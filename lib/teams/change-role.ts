import "server-only";
import { db } from "@/lib/db";
import { writeAuditLog } from "@/lib/history/write-history";
import { memberActionFor, rolesAllowed, rolesAllowedAll } from "@/lib/auth/permissions";
import { denial, ensureOwnerRemains } from "@/lib/teams/guard";
import { ZChangeRole } from "@/lib/teams/schemas";
import { revokeMemberTokens } from "@/lib/api-tokens/revoke-member-tokens";

export async function changeRole(opts: { actorId: string; teamId: string; userId: string; role: string }) {
  const { teamId, userId, role } = ZChangeRole.parse(opts);
  const { actorId } = opts;
  return db.$transaction(async (tx) => {
    const target = await tx.membership.findUnique({ where: { teamId_userId: { teamId, userId } } });
    if (!target) {
      const allowed = rolesAllowed("member.role.change");
      throw await denial(tx, {
        actorId,
        teamId,
        allowed,
        doing: "change roles",
        missing: "This person is not a member of the team.",
      });
    }
    const touchesOwner = target.role === "owner" || role === "owner";
    const allowed = rolesAllowedAll(memberActionFor("member.role.change", target.role, role));
    // The permission check is part of the update: it only matches if the actor holds an allowed role.
    const { count } = await tx.membership.updateMany({
      where: {
        id: target.id,
        role: target.role,
        team: { members: { some: { userId: actorId, role: { in: allowed } } } },
      },
      data: { role },
    });
    if (count !== 1) {
      throw await denial(tx, {
        actorId,
        teamId,
        allowed,
        doing: touchesOwner ? "make or change an owner" : "change roles",
        missing: "This member changed meanwhile. Reload and try again.",
      });
    }
    await ensureOwnerRemains(tx, teamId, "A team needs at least one owner. Make someone else an owner first.");
    await revokeMemberTokens(tx, { teamId, userId, newRole: role });
    await writeAuditLog(tx, {
      actorId,
      teamId,
      action: "member.role.change",
      target: `user:${userId}`,
      detail: { from: target.role, to: role },
    });
    return { userId, role };
  });
}
