// The presets of a brick in every team the person belongs to (any role may see and start from them;
// the deploy itself still needs a deployer), newest first.
import "server-only";
import { can, rolesAllowed } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export type TPresetRow = {
  id: string;
  name: string;
  team: string;
  teamId: string;
  fromVersion: string;
  canDelete: boolean;
};

export async function listPresets(opts: { actorId: string; brick: string }): Promise<TPresetRow[]> {
  const rows = await db.deployPreset.findMany({
    where: {
      brick: { slug: opts.brick },
      team: { members: { some: { userId: opts.actorId, role: { in: rolesAllowed("deployment.view") } } } },
    },
    select: {
      id: true,
      name: true,
      fromVersion: true,
      team: { select: { id: true, name: true, members: { where: { userId: opts.actorId }, select: { role: true } } } },
    },
    orderBy: { updatedAt: "desc" },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    team: r.team.name,
    teamId: r.team.id,
    fromVersion: r.fromVersion,
    canDelete: can(r.team.members[0]?.role, "deployment.create"),
  }));
}
