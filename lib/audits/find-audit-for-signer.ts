// The audit an actor may sign: their own audit, while they hold the auditor role. The permission
// sits in the query; when it matches nothing, the second lookup only chooses the message.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { platformRoleWhere } from "@/lib/admin/require-platform-role";

export async function findAuditForSigner(
  tx: Prisma.TransactionClient,
  { actorId, auditId }: { actorId: string; auditId: string },
) {
  const audit = await tx.audit.findFirst({
    where: { id: auditId, auditorId: actorId, auditor: platformRoleWhere("brick.publish") },
    include: {
      brickVersion: {
        select: {
          id: true,
          version: true,
          codeHash: true,
          brick: { select: { id: true, slug: true, latestVersion: true } },
        },
      },
    },
  });
  if (audit) return audit;
  const exists = await tx.audit.count({ where: { id: auditId } });
  if (!exists) throw new AppError("NOT_FOUND", { userMessage: "This audit does not exist." });
  throw new AppError("FORBIDDEN", {
    userMessage: "Only the auditor who wrote this audit, while they are an auditor, can sign it.",
  });
}
