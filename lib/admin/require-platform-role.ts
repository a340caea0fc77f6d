// Platform permission check as a query: the actor row only matches if it holds an allowed role.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { platformRolesAllowed, type PlatformAction } from "@/lib/auth/permissions";

export function platformRoleWhere(action: PlatformAction): Prisma.UserWhereInput {
  // Stored comma-separated; no role name contains another, so "contains" is exact enough.
  return { OR: platformRolesAllowed(action).map((role) => ({ platformRoles: { contains: role } })) };
}

export async function requirePlatformRole(
  tx: Prisma.TransactionClient,
  { actorId, action, doing }: { actorId: string; action: PlatformAction; doing: string },
): Promise<void> {
  const ok = await tx.user.count({ where: { id: actorId, ...platformRoleWhere(action) } });
  if (!ok)
    throw new AppError("FORBIDDEN", {
      userMessage: `Only platform ${platformRolesAllowed(action).join(" or ")}s can ${doing}.`,
    });
}
