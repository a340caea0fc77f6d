// The team dashboard: the team's instances with filters (status, brick, network) and a search over
// name and address. Members only, checked inside the query; viewers see everything but may not deploy.
import "server-only";
import { isWatched } from "./watched/watched-brick";
import type { Prisma } from "@/generated/prisma/client";
import { rolesAllowed } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ZDashboardFilters, type TDashboardFilters } from "./schemas";
import { IN_FLIGHT_STATUSES } from "@/lib/statuses/deployment-statuses";

export async function listTeamDeployments(opts: { actorId: string; teamId: string; filters?: unknown }) {
  const f: TDashboardFilters = ZDashboardFilters.parse(opts.filters ?? {});
  const member = { members: { some: { userId: opts.actorId, role: { in: rolesAllowed("deployment.view") } } } };
  const where: Prisma.DeploymentWhereInput = { teamId: opts.teamId, team: member };
  if (f.status === "linked") where.linkVerified = true;
  else if (f.status === "pending") where.status = { in: [...IN_FLIGHT_STATUSES] };
  else if (f.status) where.status = f.status;
  if (f.brick) where.brickVersion = { brick: { slug: f.brick } };
  if (f.network) where.network = { slug: f.network };
  if (f.q)
    where.OR = [{ name: { contains: f.q } }, { address: { contains: f.q } }, { linkedContract: { contains: f.q } }];
  const [rows, bricks, networks] = await Promise.all([
    db.deployment.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: 200,
      select: {
        id: true,
        name: true,
        status: true,
        address: true,
        linkedContract: true,
        linkVerified: true,
        codeHashVerified: true,
        failureReason: true,
        missingReason: true,
        createdAt: true,
        network: { select: { slug: true, name: true, explorerAccountUrl: true } },
        brickVersion: { select: { version: true, yankedAt: true, brick: { select: { slug: true, name: true } } } },
        createdBy: { select: { name: true } },
      },
    }),
    db.brick.findMany({
      where: { versions: { some: { deployments: { some: { teamId: opts.teamId, team: member } } } } },
      select: { slug: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.network.findMany({
      where: { deployments: { some: { teamId: opts.teamId, team: member } } },
      select: { slug: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  // A watched contract's version is an upload's internal label, not something to show.
  const shown = rows.map((r) =>
    isWatched(r.brickVersion.brick) ? { ...r, brickVersion: { ...r.brickVersion, version: "" } } : r,
  );
  return { filters: f, rows: shown, bricks, networks };
}
