import "server-only";
import { db } from "@/lib/db";
import { writeAuditLog } from "@/lib/history/write-history";
import { requireTeamPermission } from "@/lib/teams/require-team-permission";
import { hashApiToken, newApiToken } from "./token-secret";
import { ZCreateApiToken } from "@/lib/publishing/schemas";

/** Team owners and admins. Returns the token once; only its hash is stored. */
export async function createApiToken(opts: { actorId: string; teamId: string; name: string }) {
  const { teamId, name } = ZCreateApiToken.parse(opts);
  return db.$transaction(async (tx) => {
    await requireTeamPermission(tx, {
      actorId: opts.actorId,
      teamId,
      action: "apitoken.manage",
      doing: "create API tokens",
    });
    const token = newApiToken();
    const row = await tx.apiToken.create({
      data: { teamId, name, tokenHash: hashApiToken(token), createdById: opts.actorId },
    });
    await writeAuditLog(tx, {
      actorId: opts.actorId,
      teamId,
      action: "apitoken.create",
      target: `apitoken:${row.id}`,
      detail: { name },
    });
    return { token, id: row.id, name: row.name };
  });
}
