// Who an API request acts as: the token's creator, within the token's team. The token must not be
// revoked and its creator must still manage the team; what they may do (publish needs the auditor
// role) is checked again by each service, inside its transaction.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { rolesAllowed } from "@/lib/auth/permissions";
import { limitApiTokenUse } from "@/lib/http/rate-limit";
import { hashApiToken, looksLikeApiToken } from "./token-secret";

export type ApiActor = { actorId: string; teamId: string; tokenId: string };

export async function authenticateApiToken(
  authorization: string | null,
  opts: { ip?: string; now?: Date } = {},
): Promise<ApiActor> {
  const now = opts.now ?? new Date();
  // Per IP before the lookup (guessing tokens costs hits too), per token's creator after it.
  await limitApiTokenUse({ ip: opts.ip });
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  if (!token)
    throw new AppError("UNAUTHENTICATED", {
      userMessage: "Send an API token: Authorization: Bearer byd_… (create one on your team's API tokens page).",
    });
  if (!looksLikeApiToken(token))
    throw new AppError("UNAUTHENTICATED", { userMessage: "This is not a Brickyard API token (they start with byd_)." });
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, teamId: true, createdById: true, revokedAt: true },
  });
  if (!row)
    throw new AppError("UNAUTHENTICATED", {
      userMessage: "This API token is not known. Check it, or create a new one.",
    });
  if (row.revokedAt)
    throw new AppError("UNAUTHENTICATED", {
      userMessage: "This API token was revoked. Create a new one on your team's API tokens page.",
    });
  const manages = await db.membership.count({
    where: { teamId: row.teamId, userId: row.createdById, role: { in: rolesAllowed("apitoken.manage") } },
  });
  if (!manages) {
    // Demoted or gone since: the token is revoked for good (as a demotion through changeRole does),
    // so a later re-promotion does not bring it back.
    await db.apiToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt: now } });
    throw new AppError("UNAUTHENTICATED", {
      userMessage: "This API token's creator no longer manages its team, so the token no longer works.",
    });
  }
  await limitApiTokenUse({ account: row.createdById });
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return { actorId: row.createdById, teamId: row.teamId, tokenId: row.id };
}
