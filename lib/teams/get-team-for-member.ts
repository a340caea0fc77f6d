import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, rolesAllowed } from "@/lib/auth/permissions";

const account = { select: { address: true, publicKey: true }, take: 1, orderBy: { createdAt: "asc" as const } };

/** A team page's data, for members only (anyone else gets "not found"). */
export async function getTeamForMember(opts: { actorId: string; slug: string; now?: Date }) {
  const team = await db.team.findFirst({
    where: { slug: opts.slug, members: { some: { userId: opts.actorId, role: { in: rolesAllowed("team.view") } } } },
    include: {
      members: {
        include: { user: { select: { id: true, name: true, accounts: account } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!team)
    throw new AppError("NOT_FOUND", { userMessage: "This team does not exist, or you are not a member of it." });
  const myRole = team.members.find((m) => m.userId === opts.actorId)!.role;
  // Pending invites are shown only to those who may manage them.
  const invites = can(myRole, "team.invite")
    ? await db.teamInvite.findMany({
        where: { teamId: team.id, acceptedAt: null, expiresAt: { gt: opts.now ?? new Date() } },
        include: { createdBy: { select: { name: true } } },
        orderBy: { createdAt: "desc" },
      })
    : [];
  const members = team.members.map((m) => ({
    userId: m.userId,
    role: m.role,
    name: m.user.name,
    address: m.user.accounts[0]?.address ?? null,
    publicKey: m.user.accounts[0]?.publicKey ?? null,
    since: m.createdAt,
  }));
  return { id: team.id, slug: team.slug, name: team.name, personal: team.personal, myRole, members, invites };
}
