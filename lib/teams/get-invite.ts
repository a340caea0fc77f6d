import "server-only";
import { db } from "@/lib/db";
import { hashInviteToken } from "@/lib/teams/invite-token";
import { ZAcceptInvite } from "@/lib/teams/schemas";

export type InviteStatus = "open" | "used" | "expired";

/** What the invite page shows to whoever holds the link: who invites, to which team, as what. */
export async function getInvite(opts: { token: string; actorId?: string; now?: Date }) {
  const parsed = ZAcceptInvite.safeParse({ token: opts.token });
  if (!parsed.success) return null;
  const invite = await db.teamInvite.findUnique({
    where: { tokenHash: hashInviteToken(parsed.data.token) },
    include: {
      team: { select: { id: true, name: true, slug: true, _count: { select: { members: true } } } },
      createdBy: {
        select: {
          name: true,
          accounts: { select: { address: true, publicKey: true }, take: 1, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
  if (!invite) return null;
  const now = opts.now ?? new Date();
  const status: InviteStatus = invite.acceptedAt ? "used" : invite.expiresAt <= now ? "expired" : "open";
  const account = invite.createdBy.accounts[0];
  const alreadyMember = opts.actorId
    ? (await db.membership.count({ where: { teamId: invite.teamId, userId: opts.actorId } })) > 0
    : false;
  return {
    team: invite.team,
    role: invite.role,
    expiresAt: invite.expiresAt,
    status,
    alreadyMember,
    inviter: { name: invite.createdBy.name, address: account?.address ?? null, publicKey: account?.publicKey ?? null },
  };
}
