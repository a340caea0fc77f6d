// Removes a named preset. Deployers and above of its team only (in the query); the team history says who.
import "server-only";
import { rolesAllowed } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/history/write-history";
import { ZDeletePreset } from "./schemas";

export async function deletePreset(opts: { actorId: string; input: unknown }) {
  const input = ZDeletePreset.parse(opts.input);
  return db.$transaction(async (q) => {
    const preset = await q.deployPreset.findFirst({
      where: {
        id: input.presetId,
        team: { members: { some: { userId: opts.actorId, role: { in: rolesAllowed("deployment.create") } } } },
      },
      select: { id: true, name: true, teamId: true },
    });
    if (!preset)
      throw new AppError("NOT_FOUND", {
        userMessage:
          "This preset does not exist, or your role in its team may not delete it (deployers and above can).",
      });
    await q.deployPreset.delete({ where: { id: preset.id } });
    await writeAuditLog(q, {
      actorId: opts.actorId,
      teamId: preset.teamId,
      action: "deployment.preset.delete",
      target: `preset:${preset.id}`,
      detail: { name: preset.name },
    });
    return { deleted: preset.id };
  });
}
