// When a permission-checked query matched nothing, say why in words: not a member of the team
// (404, so a stranger learns nothing about it) or a member whose role may not do this (403).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { ROLE_LABELS, isTeamRole } from "@/lib/auth/permissions";

export async function denial(
  tx: Prisma.TransactionClient,
  opts: { actorId: string; teamId: string; allowed: readonly string[]; doing: string; missing?: string },
): Promise<AppError> {
  const { actorId, teamId, allowed, doing, missing } = opts;
  const membership = await tx.membership.findUnique({ where: { teamId_userId: { teamId, userId: actorId } } });
  if (!membership)
    return new AppError("NOT_FOUND", { userMessage: "This team does not exist, or you are not a member of it." });
  if (!allowed.includes(membership.role)) {
    const role = isTeamRole(membership.role) ? ROLE_LABELS[membership.role] : membership.role;
    return new AppError("FORBIDDEN", { userMessage: `As ${role.toLowerCase()} of this team you cannot ${doing}.` });
  }
  // The actor may do this in general: what they pointed at is gone (or was never there).
  return new AppError("NOT_FOUND", { userMessage: missing ?? "That no longer exists." });
}

/** Run after a write that may have taken away an owner: throws (rolling back) if none is left. */
export async function ensureOwnerRemains(tx: Prisma.TransactionClient, teamId: string, why: string): Promise<void> {
  // Counting after the write, inside the transaction: SQLite lets one writer at a time, so two
  // owners demoting each other concurrently cannot both see "another owner is left".
  const owners = await tx.membership.count({ where: { teamId, role: "owner" } });
  if (owners === 0) throw new AppError("CONFLICT", { userMessage: why });
}

export function memberNotFound(): AppError {
  return new AppError("NOT_FOUND", { userMessage: "This person is not a member of the team." });
}
