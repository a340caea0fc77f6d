// An admin changes what people see of a network: name, protected flag, dev-chain flag, explorer
// link templates, faucet. The RPC URL and what the chain said are not editable: re-add instead.
import "server-only";
import { writeAuditLog } from "@/lib/history/write-history";
import { db } from "@/lib/db";
import { findNetwork } from "./find-network";
import { parseInput } from "./parse-input";
import { requireNetworkAdmin } from "./require-network-admin";
import { ZEditNetwork } from "./schemas";

export async function editNetwork(opts: { actorId: string; slug: string; input: unknown }) {
  await requireNetworkAdmin(opts.actorId);
  const network = await findNetwork(opts.slug);
  const changes = parseInput(ZEditNetwork, opts.input);
  return db.$transaction(async (tx) => {
    await requireNetworkAdmin(opts.actorId, tx);
    const row = await tx.network.update({ where: { id: network.id }, data: changes });
    await writeAuditLog(tx, {
      action: "network.edit",
      actorId: opts.actorId,
      target: `network:${row.id}`,
      detail: changes,
    });
    return row;
  });
}
