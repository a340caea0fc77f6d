import "server-only";
import { db } from "@/lib/db";

/** The actor's teams with their role, personal team first. */
export async function listMyTeams(opts: { actorId: string }) {
  const memberships = await db.membership.findMany({
    where: { userId: opts.actorId },
    include: { team: { include: { _count: { select: { members: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships
    .map((m) => ({
      id: m.team.id,
      slug: m.team.slug,
      name: m.team.name,
      personal: m.team.personal,
      role: m.role,
      memberCount: m.team._count.members,
    }))
    .sort((a, b) => Number(b.personal) - Number(a.personal));
}
