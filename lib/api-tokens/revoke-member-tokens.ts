// A member who no longer manages a team (demoted, removed, left) loses their API tokens for it for
// good: the tokens are marked revoked in the same transaction, so promoting the person again does
// not bring them back (they create new ones, which the team sees on its tokens page).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can } from "@/lib/auth/permissions";

export async function revokeMemberTokens(
  tx: Prisma.TransactionClient,
  { teamId, userId, newRole, now = new Date() }: { teamId: string; userId: string; newRole: string | null; now?: Date },
): Promise<number> {
  if (newRole && can(newRole, "apitoken.manage")) return 0;
  const { count } = await tx.apiToken.updateMany({
    where: { teamId, createdById: userId, revokedAt: null },
    data: { revokedAt: now },
  });
  return count;
}
