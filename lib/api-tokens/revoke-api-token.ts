import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/history/write-history";
import { requireTeamPermission } from "@/lib/teams/require-team-permission";

/** Team owners and admins. Takes effect on the token's next request. */
export async function revokeApiToken(opts: { actorId: string; teamId: string; tokenId: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    await requireTeamPermission(tx, {
      actorId: opts.actorId,
      teamId: opts.teamId,
      action: "apitoken.manage",
      doing: "revoke API tokens",
    });
    const { count } = await tx.apiToken.updateMany({
      where: { id: opts.tokenId, teamId: opts.teamId, revokedAt: null },
      data: { revokedAt: opts.now ?? new Date() },
    });
    if (!count) throw new AppError("NOT_FOUND", { userMessage: "This token does not exist or is already revoked." });
    await writeAuditLog(tx, {
      actorId: opts.actorId,
      teamId: opts.teamId,
      action: "apitoken.revoke",
      target: `apitoken:${opts.tokenId}`,
    });
    return { id: opts.tokenId };
  });
}
