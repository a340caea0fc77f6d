import "server-only";
import { db } from "@/lib/db";
import { writeAuditLog } from "@/lib/history/write-history";
import { memberActionFor, rolesAllowedAll } from "@/lib/auth/permissions";
import { denial } from "@/lib/teams/guard";
import { hashInviteToken, INVITE_TTL_MS, newInviteToken } from "@/lib/teams/invite-token";
import { ZCreateInvite } from "@/lib/teams/schemas";

/** Returns the token once: it is shown to the inviter as a link and never stored in clear. */
export async function createInvite(opts: { actorId: string; teamId: string; role: string; now?: Date }) {
  const { teamId, role } = ZCreateInvite.parse(opts);
  const { actorId, now = new Date() } = opts;
  const allowed = rolesAllowedAll(memberActionFor("team.invite", role));
  return db.$transaction(async (tx) => {
    const team = await tx.team.findFirst({
      where: { id: teamId, members: { some: { userId: actorId, role: { in: allowed } } } },
      select: { id: true },
    });
    if (!team)
      throw await denial(tx, {
        actorId,
        teamId,
        allowed,
        doing: role === "owner" ? "invite an owner" : "invite people",
      });
    const token = newInviteToken();
    const invite = await tx.teamInvite.create({
      data: {
        teamId,
        role,
        createdById: actorId,
        tokenHash: hashInviteToken(token),
        expiresAt: new Date(now.getTime() + INVITE_TTL_MS),
      },
    });
    await writeAuditLog(tx, {
      actorId,
      teamId,
      action: "team.invite",
      target: `invite:${invite.id}`,
      detail: { role },
    });
    return { token, invite };
  });
}
