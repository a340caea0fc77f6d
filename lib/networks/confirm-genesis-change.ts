// After a check found another genesis hash at a network's URL, an admin confirms the new chain is
// the one meant; deploys are allowed again. Instances on the old chain keep their rows.
import "server-only";
import { writeAuditLog } from "@/lib/history/write-history";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findNetwork } from "./find-network";
import { requireNetworkAdmin } from "./require-network-admin";

export async function confirmGenesisChange(opts: { actorId: string; slug: string }) {
  await requireNetworkAdmin(opts.actorId);
  const network = await findNetwork(opts.slug);
  if (!network.genesisChangedAt || !network.changedGenesisHash)
    throw new AppError("CONFLICT", { userMessage: `${network.name} has no genesis change to confirm.` });
  return db.$transaction(async (tx) => {
    await requireNetworkAdmin(opts.actorId, tx);
    const row = await tx.network.update({
      where: { id: network.id },
      data: { genesisHash: network.changedGenesisHash, changedGenesisHash: null, genesisChangedAt: null },
    });
    await writeAuditLog(tx, {
      action: "network.genesis.confirm",
      actorId: opts.actorId,
      target: `network:${network.id}`,
      detail: { from: network.genesisHash, to: network.changedGenesisHash },
    });
    return row;
  });
}
