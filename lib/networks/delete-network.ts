// Only a network nothing was ever deployed to may be deleted; otherwise disable it.
import "server-only";
import { writeAuditLog } from "@/lib/history/write-history";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findNetwork } from "./find-network";
import { requireNetworkAdmin } from "./require-network-admin";

export async function deleteNetwork(opts: { actorId: string; slug: string }) {
  await requireNetworkAdmin(opts.actorId);
  const network = await findNetwork(opts.slug);
  await db.$transaction(async (tx) => {
    await requireNetworkAdmin(opts.actorId, tx);
    const used = await tx.deployment.count({ where: { networkId: network.id } });
    if (used)
      throw new AppError("CONFLICT", {
        userMessage: `${network.name} has ${used} deployment${used === 1 ? "" : "s"}, so it cannot be deleted. Disable it instead: its instances stay visible.`,
      });
    await tx.codeUpload.deleteMany({ where: { networkId: network.id } });
    await tx.network.delete({ where: { id: network.id } });
    await writeAuditLog(tx, {
      action: "network.delete",
      actorId: opts.actorId,
      target: `network:${network.id}`,
      detail: { slug: network.slug },
    });
  });
}
