// A yanked function brick version stops running: every instance configured from it is paused (the
// worker skips its queued slots, the sweep queues no more, webhooks are refused), and each team gets
// a notice in its history saying which function stopped and why. Called inside the yank's
// transaction, so a yank never commits without it. Resuming is refused while the version is yanked.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAuditLog } from "@/lib/history/write-history";

export async function stopYankedFunctions(
  tx: Prisma.TransactionClient,
  version: { id: string; label: string; reason: string },
): Promise<number> {
  const running = await tx.functionInstance.findMany({
    where: { brickVersionId: version.id, enabled: true },
    select: { id: true, teamId: true, name: true },
  });
  if (running.length === 0) return 0;
  await tx.functionInstance.updateMany({
    where: { id: { in: running.map((r) => r.id) } },
    data: { enabled: false },
  });
  for (const r of running)
    await writeAuditLog(tx, {
      actorId: null,
      teamId: r.teamId,
      action: "function.stopped",
      target: `function:${r.id}`,
      detail: { name: r.name, brick: version.label, reason: version.reason },
    });
  return running.length;
}
