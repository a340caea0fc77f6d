// For a team's dashboard: its instances whose brick version was yanked, with the reason, so the
// owners can act (redeploy from a newer version). Members only: the check is in the query.
import "server-only";
import { db } from "@/lib/db";
import { rolesAllowed } from "@/lib/auth/permissions";

export async function listYankedDeployments(opts: { actorId: string; teamId: string }) {
  const rows = await db.deployment.findMany({
    where: {
      teamId: opts.teamId,
      team: { members: { some: { userId: opts.actorId, role: { in: rolesAllowed("deployment.view") } } } },
      brickVersion: { yankedAt: { not: null } },
      status: { not: "failed" },
    },
    select: {
      id: true,
      name: true,
      address: true,
      network: { select: { slug: true, name: true } },
      brickVersion: {
        select: {
          version: true,
          yankedAt: true,
          yankedReason: true,
          brick: { select: { slug: true, name: true, latestVersion: true } },
        },
      },
    },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((d) => ({
    deploymentId: d.id,
    name: d.name,
    address: d.address,
    network: d.network,
    brick: d.brickVersion.brick,
    version: d.brickVersion.version,
    yankedAt: d.brickVersion.yankedAt!,
    yankedReason: d.brickVersion.yankedReason,
  }));
}
export type YankedDeployment = Awaited<ReturnType<typeof listYankedDeployments>>[number];
