import "server-only";
import { db } from "@/lib/db";
import { writeAuditLog } from "@/lib/history/write-history";
import { ZCreateTeam } from "@/lib/teams/schemas";
import { teamSlug } from "@/lib/teams/slug";

/** Any signed-in user may create a team; they become its first owner. */
export async function createTeam(opts: { actorId: string; name: string }) {
  const { name } = ZCreateTeam.parse({ name: opts.name });
  return db.$transaction(async (tx) => {
    const team = await tx.team.create({
      data: { name, slug: teamSlug(name), members: { create: { userId: opts.actorId, role: "owner" } } },
    });
    await writeAuditLog(tx, {
      actorId: opts.actorId,
      teamId: team.id,
      action: "team.create",
      target: `team:${team.id}`,
      detail: { name },
    });
    return team;
  });
}
