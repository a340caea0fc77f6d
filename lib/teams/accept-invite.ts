import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/history/write-history";
import { hashInviteToken } from "@/lib/teams/invite-token";
import { ZAcceptInvite } from "@/lib/teams/schemas";

/** Joins the team with the invite's role. The invite is used up in the same transaction. */
export async function acceptInvite(opts: { actorId: string; token: string; now?: Date }) {
  const { token } = ZAcceptInvite.parse(opts);
  const { actorId, now = new Date() } = opts;
  return db.$transaction(async (tx) => {
    const invite = await tx.teamInvite.findUnique({
      where: { tokenHash: hashInviteToken(token) },
      include: { team: true },
    });
    if (!invite)
      throw new AppError("NOT_FOUND", {
        userMessage: "This invite link is not valid. Ask the person who invited you for a new one.",
      });
    const existing = await tx.membership.findUnique({
      where: { teamId_userId: { teamId: invite.teamId, userId: actorId } },
    });
    if (existing) {
      throw new AppError("CONFLICT", {
        userMessage: `You are already a member of ${invite.team.name} (as ${existing.role}).`,
      });
    }
    // Single use: only the first acceptance before the expiry matches.
    const { count } = await tx.teamInvite.updateMany({
      where: { id: invite.id, acceptedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now, acceptedBy: actorId },
    });
    if (count !== 1) {
      throw new AppError("CONFLICT", {
        userMessage: invite.acceptedAt
          ? "This invite was already used. Ask for a new one."
          : "This invite has expired. Ask the person who invited you for a new one.",
      });
    }
    await tx.membership.create({ data: { teamId: invite.teamId, userId: actorId, role: invite.role } });
    await writeAuditLog(tx, {
      actorId,
      teamId: invite.teamId,
      action: "invite.accept",
      target: `invite:${invite.id}`,
      detail: { role: invite.role },
    });
    return invite.team;
  });
}
