import "server-only";
import { db } from "@/lib/db";
import { writeAuditLog } from "@/lib/history/write-history";
import { rolesAllowed } from "@/lib/auth/permissions";
import { denial } from "@/lib/teams/guard";
import { ZRevokeInvite } from "@/lib/teams/schemas";

export async function revokeInvite(opts: { actorId: string; teamId: string; inviteId: string }) {
  const { teamId, inviteId } = ZRevokeInvite.parse(opts);
  const { actorId } = opts;
  return db.$transaction(async (tx) => {
    const { count } = await tx.teamInvite.deleteMany({
      where: {
        id: inviteId,
        teamId,
        acceptedAt: null,
        team: { members: { some: { userId: actorId, role: { in: rolesAllowed("invite.revoke") } } } },
      },
    });
    if (count !== 1) {
      throw await denial(tx, {
        actorId,
        teamId,
        allowed: rolesAllowed("invite.revoke"),
        doing: "revoke invites",
        missing: "This invite no longer exists, or it was already accepted.",
      });
    }
    await writeAuditLog(tx, { actorId, teamId, action: "invite.revoke", target: `invite:${inviteId}` });
  });
}
