// Disable a network (its instances stay visible; nothing new deploys there) or enable it again.
import "server-only";
import { writeAuditLog } from "@/lib/history/write-history";
import { db } from "@/lib/db";
import { findNetwork } from "./find-network";
import { requireNetworkAdmin } from "./require-network-admin";

export async function setNetworkEnabled(opts: { actorId: string; slug: string; enabled: boolean }) {
  await requireNetworkAdmin(opts.actorId);
  const network = await findNetwork(opts.slug);
  return db.$transaction(async (tx) => {
    await requireNetworkAdmin(opts.actorId, tx);
    const row = await tx.network.update({
      where: { id: network.id },
      data: { enabled: opts.enabled, disabledAt: opts.enabled ? null : new Date() },
    });
    await writeAuditLog(tx, {
      action: opts.enabled ? "network.enable" : "network.disable",
      actorId: opts.actorId,
      target: `network:${row.id}`,
    });
    return row;
  });
}
