// "Who did what, when": every team and platform action writes one row, inside the same
// transaction as the change itself, so there is never a change without its entry (or the reverse).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";

export type AuditEntry = {
  actorId: string | null;
  teamId?: string | null;
  action: string; // a permission name where one fits: team.rename, member.role.change, auditor.grant …
  target: string; // "team:<id>", "user:<id>", "invite:<id>" …
  detail?: Record<string, unknown>;
};

export async function writeAuditLog(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLogEntry.create({
    data: {
      actorId: entry.actorId,
      teamId: entry.teamId ?? null,
      action: entry.action,
      target: entry.target,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    },
  });
}
