// Keeps the instance's own contract events from a transaction, decoded with the brick's ABI, so
// the instance page can show them without asking the chain again.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { platformAdapter } from "@/lib/chain/platforms";
import type { TOutcome } from "@/lib/chain/extrinsic-outcome";
import { db } from "@/lib/db";
import { contractCodec } from "../codec";
import type { TTrackedTx } from "./tracked-tx";

export async function storeContractEvents(
  api: ApiPromise,
  tx: TTrackedTx,
  outcome: TOutcome,
  at: { blockHash: string; blockNumber: number },
  address: string,
) {
  const codec = contractCodec(api, tx.deployment.brickVersion);
  const platform = platformAdapter(tx.deployment.network.platform);
  for (const e of outcome.emitted) {
    if (!platform.sameAddress(e.contract, address)) continue;
    const decoded = codec.decodeEvent(e.record) ?? {
      name: "Unknown event",
      args: { data: e.record.event.data[1]?.toHex?.() ?? null },
    };
    await db.contractEvent.upsert({
      where: { blockHash_eventIndex: { blockHash: at.blockHash, eventIndex: e.eventIndex } },
      create: {
        deploymentId: tx.deploymentId,
        blockHash: at.blockHash,
        blockNumber: at.blockNumber,
        eventIndex: e.eventIndex,
        name: decoded.name,
        args: JSON.stringify(decoded.args),
      },
      update: {},
    });
  }
}
