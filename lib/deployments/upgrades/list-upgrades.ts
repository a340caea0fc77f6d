// What the instance page offers under "Upgrade": the newer published, non-yanked versions of the same
// brick with their changelogs, when the running version declares upgrade support. Every member sees
// the offer; only deployers and above may run it (the reason is given to the others).
import "server-only";
import { can, rolesAllowed } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseVersion } from "../load-deploy-target";

export type TUpgradeOffer = {
  supported: boolean;
  canRun: boolean;
  candidates: { id: string; version: string; changelog: string; deprecated: boolean }[];
};

export async function listUpgrades(opts: { actorId: string; id: string }): Promise<TUpgradeOffer> {
  const d = await db.deployment.findFirst({
    where: {
      id: opts.id,
      team: { members: { some: { userId: opts.actorId, role: { in: rolesAllowed("deployment.view") } } } },
    },
    include: {
      brickVersion: true,
      team: { select: { members: { where: { userId: opts.actorId }, select: { role: true } } } },
    },
  });
  if (!d) throw new AppError("NOT_FOUND", { userMessage: "This instance does not exist, or you are not in its team." });
  const supported = !!parseVersion(d.brickVersion).manifest.upgrade;
  const newer = supported
    ? await db.brickVersion.findMany({
        where: { brickId: d.brickVersion.brickId, yankedAt: null, versionSort: { gt: d.brickVersion.versionSort } },
        select: { id: true, version: true, changelog: true, deprecatedAt: true },
        orderBy: { versionSort: "desc" },
      })
    : [];
  return {
    supported,
    canRun: can(d.team.members[0]?.role, "deployment.settings"),
    candidates: newer.map((v) => ({
      id: v.id,
      version: v.version,
      changelog: v.changelog,
      deprecated: !!v.deprecatedAt,
    })),
  };
}
