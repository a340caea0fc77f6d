import "server-only";
import { db } from "@/lib/db";
import { writeAuditLog } from "@/lib/history/write-history";
import { rolesAllowed } from "@/lib/auth/permissions";
import { denial } from "@/lib/teams/guard";
import { ZRenameTeam } from "@/lib/teams/schemas";

export async function renameTeam(opts: { actorId: string; teamId: string; name: string }) {
  const { teamId, name } = ZRenameTeam.parse(opts);
  const { actorId } = opts;
  return db.$transaction(async (tx) => {
    const before = await tx.team.findFirst({
      where: { id: teamId, members: { some: { userId: actorId } } },
      select: { name: true },
    });
    const { count } = await tx.team.updateMany({
      where: { id: teamId, members: { some: { userId: actorId, role: { in: rolesAllowed("team.rename") } } } },
      data: { name },
    });
    if (count !== 1)
      throw await denial(tx, { actorId, teamId, allowed: rolesAllowed("team.rename"), doing: "rename it" });
    await writeAuditLog(tx, {
      actorId,
      teamId,
      action: "team.rename",
      target: `team:${teamId}`,
      detail: { from: before?.name, to: name },
    });
    return { id: teamId, name };
  });
}
