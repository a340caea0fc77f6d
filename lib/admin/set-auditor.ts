// Shared by grant-auditor.ts and revoke-auditor.ts: the two verbs differ only in direction.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/history/write-history";
import { formatPlatformRoles, parsePlatformRoles } from "@/lib/auth/permissions";
import { requirePlatformRole } from "@/lib/admin/require-platform-role";
import { ZSetAuditor } from "@/lib/admin/schemas";

export async function setAuditor(opts: { actorId: string; userId: string }, grant: boolean) {
  const { userId } = ZSetAuditor.parse(opts);
  const action = grant ? "auditor.grant" : "auditor.revoke";
  return db.$transaction(async (tx) => {
    await requirePlatformRole(tx, {
      actorId: opts.actorId,
      action,
      doing: grant ? "make someone an auditor" : "revoke an auditor",
    });
    const user = await tx.user.findUnique({ where: { id: userId }, select: { platformRoles: true } });
    if (!user) throw new AppError("NOT_FOUND", { userMessage: "There is no such user." });
    const roles = new Set(parsePlatformRoles(user.platformRoles));
    if (grant) roles.add("auditor");
    else roles.delete("auditor");
    await tx.user.update({ where: { id: userId }, data: { platformRoles: formatPlatformRoles(roles) } });
    await writeAuditLog(tx, { actorId: opts.actorId, action, target: `user:${userId}` });
    return { userId, auditor: grant };
  });
}
