// An admin re-checks a network on demand: what the chain says now is stored; another genesis hash
// at the same URL does not replace the stored one but marks the network changed, so deploys wait
// until an admin confirms (confirm-genesis-change.ts). A failed check records only the failure.
import "server-only";
import { writeAuditLog } from "@/lib/history/write-history";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkNetwork } from "./check-network";
import { findNetwork } from "./find-network";
import { requireNetworkAdmin } from "./require-network-admin";

export async function recheckNetwork(opts: { actorId: string; slug: string; timeoutMs?: number }) {
  await requireNetworkAdmin(opts.actorId);
  const network = await findNetwork(opts.slug);
  const checkedAt = new Date();
  let facts;
  try {
    facts = await checkNetwork(network.rpcUrl, { timeoutMs: opts.timeoutMs });
  } catch (error) {
    const message = error instanceof AppError ? error.userMessage : "The check failed.";
    await db.network.update({ where: { id: network.id }, data: { lastCheckedAt: checkedAt, lastCheckError: message } });
    throw error;
  }
  const { notes, genesisHash, ...rest } = facts;
  const changed = Boolean(network.genesisHash && genesisHash !== network.genesisHash);
  const row = await db.$transaction(async (tx) => {
    await requireNetworkAdmin(opts.actorId, tx);
    const updated = await tx.network.update({
      where: { id: network.id },
      data: {
        ...rest,
        ...(network.genesisHash ? {} : { genesisHash }),
        ...(changed ? { genesisChangedAt: checkedAt, changedGenesisHash: genesisHash } : {}),
        lastCheckedAt: checkedAt,
        lastCheckError: null,
      },
    });
    await writeAuditLog(tx, {
      action: "network.recheck",
      actorId: opts.actorId,
      target: `network:${network.id}`,
      detail: { genesisHash, changed },
    });
    return updated;
  });
  return { network: row, notes, genesisChanged: changed };
}
