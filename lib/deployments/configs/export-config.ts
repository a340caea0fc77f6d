// A deployment's configuration as a file a team can keep, share and deploy again from: which brick
// and version, where, under which name, and the answers as entered. Members of the team only.
import "server-only";
import { rolesAllowed } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isWatched } from "../watched/watched-brick";

export const CONFIG_FORMAT = "brickyard-config/1";

export type TExportedConfig = {
  format: typeof CONFIG_FORMAT;
  brick: string;
  version: string;
  network: string;
  name: string;
  config: Record<string, unknown>;
};

export async function exportConfig(opts: { actorId: string; id: string }): Promise<TExportedConfig> {
  const d = await db.deployment.findFirst({
    where: {
      id: opts.id,
      team: { members: { some: { userId: opts.actorId, role: { in: rolesAllowed("deployment.view") } } } },
    },
    select: {
      name: true,
      config: true,
      network: { select: { slug: true } },
      brickVersion: { select: { version: true, brick: { select: { slug: true, kind: true } } } },
    },
  });
  if (!d)
    throw new AppError("NOT_FOUND", {
      userMessage: "This instance does not exist, or you are not a member of its team.",
    });
  // A watched contract was never deployed by Brickyard: there are no answers to deploy again from.
  if (isWatched(d.brickVersion.brick))
    throw new AppError("BAD_INPUT", {
      userMessage:
        "This contract was imported with its own metadata, not deployed from a brick: it has no configuration to export.",
    });
  return {
    format: CONFIG_FORMAT,
    brick: d.brickVersion.brick.slug,
    version: d.brickVersion.version,
    network: d.network.slug,
    name: d.name,
    config: JSON.parse(d.config) as Record<string, unknown>,
  };
}
