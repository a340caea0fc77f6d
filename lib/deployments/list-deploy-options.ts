// What the deploy page offers: the brick version (latest by default; yanked ones are refused with
// the reason), its config schema and link step, the networks it may go to, and the actor's teams
// in which they may deploy (and whether they are only a viewer somewhere).
import "server-only";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listAvailableNetworks } from "@/lib/networks/list-available-networks";
import { deprecationWarning } from "@/lib/publishing/deployable";
import { listMyTeams } from "@/lib/teams/list-my-teams";
import { parseVersion } from "./load-deploy-target";
import { notWatchedBrick } from "./watched/watched-brick";

export async function listDeployOptions(opts: { actorId: string; slug: string; version?: string }) {
  const brick = await db.brick.findUnique({
    where: { slug: opts.slug, ...notWatchedBrick },
    include: {
      versions: {
        orderBy: { versionSort: "desc" },
        select: {
          id: true,
          version: true,
          yankedAt: true,
          yankedReason: true,
          deprecatedAt: true,
          deprecatedReason: true,
        },
      },
    },
  });
  if (!brick) throw new AppError("NOT_FOUND", { userMessage: `There is no brick "${opts.slug}".` });
  const wanted = opts.version ?? brick.latestVersion ?? brick.versions.find((v) => !v.yankedAt)?.version;
  const row = brick.versions.find((v) => v.version === wanted);
  if (!row)
    throw new AppError("NOT_FOUND", {
      userMessage: `${brick.name} has no version ${opts.version ?? ""} that can be deployed.`,
    });
  const version = await db.brickVersion.findUniqueOrThrow({ where: { id: row.id } });
  const { manifest } = parseVersion(version);
  const [{ available: networks, missing: missingNetworks }, teams] = await Promise.all([
    listAvailableNetworks(version),
    listMyTeams({ actorId: opts.actorId }),
  ]);
  return {
    brick: { slug: brick.slug, name: brick.name, summary: brick.summary },
    // "Audited" only with a verified attestation of this very version.
    version: {
      version: version.version,
      codeHash: version.codeHash,
      audited: (await db.attestation.count({ where: { verified: true, audit: { brickVersionId: row.id } } })) > 0,
    },
    versions: brick.versions.filter((v) => !v.yankedAt).map((v) => v.version),
    yanked: row.yankedAt ? { reason: row.yankedReason } : null,
    warning: deprecationWarning(version, brick.latestVersion),
    config: manifest.config,
    constructorName: manifest.constructor.name,
    link: manifest.link
      ? {
          field: manifest.link.field,
          explain: manifest.link.explain,
          requiredMessages: manifest.link.requiredMessages,
          record: Boolean(manifest.link.record),
        }
      : null,
    networks,
    missingNetworks,
    teams: teams.filter((t) => can(t.role, "deployment.create")).map((t) => ({ id: t.id, name: t.name, slug: t.slug })),
    viewerOnlyTeams: teams.filter((t) => !can(t.role, "deployment.create")).map((t) => t.name),
  };
}

export type TDeployOptions = Awaited<ReturnType<typeof listDeployOptions>>;
