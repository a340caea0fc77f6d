import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/history/write-history";
import { memberActionFor, rolesAllowed, rolesAllowedAll } from "@/lib/auth/permissions";
import { denial, ensureOwnerRemains } from "@/lib/teams/guard";
import { ZRemoveMember } from "@/lib/teams/schemas";
import { revokeMemberTokens } from "@/lib/api-tokens/revoke-member-tokens";

export async function removeMember(opts: { actorId: string; teamId: string; userId: string }) {
  const { teamId, userId } = ZRemoveMember.parse(opts);
  const { actorId } = opts;
  return db.$transaction(async (tx) => {
    const target = await tx.membership.findUnique({ where: { teamId_userId: { teamId, userId } } });
    if (!target) {
      const allowed = rolesAllowed("member.remove");
      throw await denial(tx, {
        actorId,
        teamId,
        allowed,
        doing: "remove members",
        missing: "This person is not a member of the team.",
      });
    }
    if (userId === actorId) {
      throw new AppError("BAD_INPUT", {
        userMessage: "To remove yourself, use “Leave team”.",
        fields: { userId: ["This is you."] },
      });
    }
    const allowed = rolesAllowedAll(memberActionFor("member.remove", target.role));
    const { count } = await tx.membership.deleteMany({
      where: {
        id: target.id,
        role: target.role,
        team: { members: { some: { userId: actorId, role: { in: allowed } } } },
      },
    });
    if (count !== 1) {
      throw await denial(tx, {
        actorId,
        teamId,
        allowed,
        doing: target.role === "owner" ? "remove an owner" : "remove members",
        missing: "This member changed meanwhile. Reload and try again.",
      });
    }
    await ensureOwnerRemains(tx, teamId, "A team needs at least one owner. Make someone else an owner first.");
    await revokeMemberTokens(tx, { teamId, userId, newRole: null });
    await writeAuditLog(tx, {
      actorId,
      teamId,
      action: "member.remove",
      target: `user:${userId}`,
      detail: { role: target.role },
    });
  });
}
