// Writes what the chain says about a delivery: the block that includes it and whether the call
// succeeded (a reverted call is a failed delivery, with the reason in words).
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { platformAdapter } from "@/lib/chain/platforms";
import { findExtrinsic } from "@/lib/chain/find-extrinsic";
import { db } from "@/lib/db";

export async function recordIncluded(api: ApiPromise, deliveryId: string, hash: string, fromBlock: number) {
  const found = await findExtrinsic(api, { hash, fromBlock });
  if (!found) return null;
  const outcome = await platformAdapter(await platformOf(deliveryId)).readOutcome(api, found.blockHash, found.index);
  return db.functionDelivery.update({
    where: { id: deliveryId },
    data: {
      status: outcome.success ? "in_block" : "failed",
      blockHash: found.blockHash,
      blockNumber: found.blockNumber,
      failureReason: outcome.success ? null : (outcome.error?.message ?? "The call failed on chain"),
    },
  });
}

/** The contract platform of the network the delivery's function targets. */
async function platformOf(deliveryId: string): Promise<string | undefined> {
  const d = await db.functionDelivery.findUniqueOrThrow({
    where: { id: deliveryId },
    select: { instance: { select: { networkId: true } } },
  });
  if (!d.instance.networkId) return undefined;
  const network = await db.network.findUnique({ where: { id: d.instance.networkId }, select: { platform: true } });
  return network?.platform;
}
