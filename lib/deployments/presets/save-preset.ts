// Saves a team's answers for a brick under a name, so the next deploy can start from them. Deployers
// and above only (in the query); the answers must fit the version they were written for (field by
// field messages, nothing written otherwise). Saving under an existing name replaces that preset.
import "server-only";
import { rolesAllowed } from "@/lib/auth/permissions";
import { validateConfig, type JsonSchema } from "@/lib/bricks/config-schema";
import { ZManifest } from "@/lib/bricks/manifest-schema";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/history/write-history";
import { ZSavePreset } from "./schemas";

export async function savePreset(opts: { actorId: string; input: unknown }) {
  const input = ZSavePreset.parse(opts.input);
  const team = await db.team.findFirst({
    where: {
      id: input.teamId,
      members: { some: { userId: opts.actorId, role: { in: rolesAllowed("deployment.create") } } },
    },
    select: { id: true, name: true },
  });
  if (!team)
    throw new AppError("NOT_FOUND", {
      userMessage: "This team does not exist, or your role in it may not save presets (deployers and above can).",
      fields: { teamId: ["You may not save presets in this team."] },
    });
  const version = await db.brickVersion.findFirst({
    where: { version: input.version, brick: { slug: input.brick } },
    select: { brickId: true, version: true, manifest: true },
  });
  if (!version)
    throw new AppError("NOT_FOUND", { userMessage: `Brick "${input.brick}" has no version ${input.version}.` });
  const schema = ZManifest.parse(JSON.parse(version.manifest)).config as JsonSchema;
  const checked = validateConfig(schema, input.config);
  if (!checked.success) {
    const fields = Object.fromEntries(checked.issues.map((i) => [`config.${i.path.join(".")}`, [i.message]]));
    throw new AppError("BAD_INPUT", {
      userMessage: "These answers do not fit the brick's form; correct them before saving a preset.",
      fields,
    });
  }
  const data = { config: JSON.stringify(input.config), fromVersion: version.version, createdById: opts.actorId };
  return db.$transaction(async (q) => {
    const preset = await q.deployPreset.upsert({
      where: { teamId_brickId_name: { teamId: team.id, brickId: version.brickId, name: input.name } },
      create: { ...data, teamId: team.id, brickId: version.brickId, name: input.name },
      update: data,
      select: { id: true, name: true },
    });
    await writeAuditLog(q, {
      actorId: opts.actorId,
      teamId: team.id,
      action: "deployment.preset.save",
      target: `preset:${preset.id}`,
      detail: { name: input.name, brick: input.brick, version: version.version },
    });
    return preset;
  });
}
