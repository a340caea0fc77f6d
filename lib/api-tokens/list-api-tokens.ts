import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { rolesAllowed } from "@/lib/auth/permissions";

/** The tokens page's data, for the team's owners and admins (the check is in the query). */
export async function listApiTokens(opts: { actorId: string; slug: string }) {
  const team = await db.team.findFirst({
    where: { slug: opts.slug, members: { some: { userId: opts.actorId } } },
    select: { id: true, slug: true, name: true, members: { where: { userId: opts.actorId }, select: { role: true } } },
  });
  if (!team)
    throw new AppError("NOT_FOUND", { userMessage: "This team does not exist, or you are not a member of it." });
  const myRole = team.members[0].role;
  const tokens = await db.apiToken.findMany({
    where: {
      teamId: team.id,
      team: { members: { some: { userId: opts.actorId, role: { in: rolesAllowed("apitoken.manage") } } } },
    },
    select: {
      id: true,
      name: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, platformRoles: true } },
    },
    orderBy: { createdAt: "desc" },
  });
  return { team: { id: team.id, slug: team.slug, name: team.name }, myRole, tokens };
}
