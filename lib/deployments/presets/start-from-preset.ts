// "Start from a preset": the saved answers checked against the version the deploy page shows now, by
// the same step as a configuration file (fitConfig): what fits fills the form, what no longer fits is
// named. Only reads; the deploy goes through the usual review and prepare steps.
import "server-only";
import { rolesAllowed } from "@/lib/auth/permissions";
import type { JsonSchema } from "@/lib/bricks/json-schema";
import { ZManifest } from "@/lib/bricks/manifest-schema";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TConfigFromFile } from "../configs/read-config-file";
import { fitConfig } from "../configs/fit-config";
import { ZStartFromPreset } from "./schemas";

export async function startFromPreset(opts: { actorId: string; input: unknown }): Promise<TConfigFromFile> {
  const input = ZStartFromPreset.parse(opts.input);
  const preset = await db.deployPreset.findFirst({
    where: {
      id: input.presetId,
      team: { members: { some: { userId: opts.actorId, role: { in: rolesAllowed("deployment.view") } } } },
    },
    include: { brick: { select: { slug: true, name: true } }, team: { select: { name: true } } },
  });
  if (!preset)
    throw new AppError("NOT_FOUND", {
      userMessage: "This preset does not exist, or it belongs to a team you are not in.",
      fields: { presetId: ["Unknown preset."] },
    });
  if (preset.brick.slug !== input.brick)
    throw new AppError("BAD_INPUT", {
      userMessage: `This preset is for ${preset.brick.name}: open that brick's deploy page to use it.`,
      fields: { presetId: ["A preset of another brick."] },
    });
  const version = await db.brickVersion.findFirst({
    where: { version: input.version, brick: { slug: input.brick } },
    select: { manifest: true },
  });
  if (!version)
    throw new AppError("NOT_FOUND", { userMessage: `Brick "${input.brick}" has no version ${input.version}.` });
  const schema = ZManifest.parse(JSON.parse(version.manifest)).config as JsonSchema;
  const fit = fitConfig(schema, JSON.parse(preset.config) as Record<string, unknown>);
  return {
    ...fit,
    name: preset.name,
    from: `the preset “${preset.name}” of ${preset.team.name} (version ${preset.fromVersion})`,
  };
}
