// An admin adds a network by its RPC URL: checked live first (check-network.ts); only a chain
// that answers, is a Substrate node and runs a contract pallet is written, with what it said.
import "server-only";
import { writeAuditLog } from "@/lib/history/write-history";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkNetwork } from "./check-network";
import { parseInput } from "./parse-input";
import { requireNetworkAdmin } from "./require-network-admin";
import { ZAddNetwork } from "./schemas";

export async function addNetwork(opts: { actorId: string; input: unknown; timeoutMs?: number }) {
  await requireNetworkAdmin(opts.actorId);
  const input = parseInput(ZAddNetwork, opts.input);
  const taken = await db.network.findFirst({
    where: { OR: [{ slug: input.slug }, { rpcUrl: input.rpcUrl }] },
    select: { slug: true, rpcUrl: true, name: true },
  });
  if (taken) {
    const field = taken.slug === input.slug ? "slug" : "rpcUrl";
    const message =
      field === "slug"
        ? `The short name "${input.slug}" is already used by ${taken.name}.`
        : `${taken.name} already uses this RPC URL.`;
    throw new AppError("CONFLICT", { userMessage: message, fields: { [field]: [message] } });
  }
  const facts = await checkNetwork(input.rpcUrl, { timeoutMs: opts.timeoutMs });
  const { notes, ...stored } = facts;
  const network = await db.$transaction(async (tx) => {
    await requireNetworkAdmin(opts.actorId, tx);
    const row = await tx.network.create({
      data: { ...input, ...stored, lastCheckedAt: new Date(), lastCheckError: null },
    });
    await writeAuditLog(tx, {
      action: "network.add",
      actorId: opts.actorId,
      target: `network:${row.id}`,
      detail: {
        slug: row.slug,
        rpcUrl: row.rpcUrl,
        chainName: row.chainName,
        genesisHash: row.genesisHash,
        platform: row.platform,
      },
    });
    return row;
  });
  return { network, notes };
}
