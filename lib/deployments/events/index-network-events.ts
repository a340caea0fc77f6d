// Indexes every contract event of every instance on one network, block by block up to the finalized
// head (no reorg can then undo what is stored), from the block the first instance was created. The
// cursor (ContractEventCursor, one per network) moves in the same database transaction as the
// events of its block, and (blockHash, eventIndex) is unique: after a restart the next pass
// resumes at the block after the cursor — no gap, and a block seen twice adds nothing.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { EventRecord } from "@polkadot/types/interfaces";
import { finalizedNumber } from "@/lib/chain/find-extrinsic";
import { platformAdapter } from "@/lib/chain/platforms";
import { db } from "@/lib/db";
import { contractCodec } from "../codec";
import { emitProgress } from "../progress-bus";
import { ON_CHAIN_STATUSES } from "@/lib/statuses/deployment-statuses";
import { eventTriggerWrites, listEventListeners } from "@/lib/functions/events/event-listeners";

export type TIndexPass = { from: number; to: number; stored: number };

export async function indexNetworkEvents(
  api: ApiPromise,
  network: { id: string; platform: string },
  opts: { maxBlocks?: number } = {},
): Promise<TIndexPass | null> {
  const instances = await db.deployment.findMany({
    where: { networkId: network.id, address: { not: null }, status: { in: [...ON_CHAIN_STATUSES] } },
    select: {
      id: true,
      address: true,
      brickVersion: { select: { id: true, abi: true, manifest: true, wasm: true } },
      transactions: { where: { kind: "instantiate" }, select: { blockNumber: true } },
    },
  });
  if (instances.length === 0) return null;
  const cursor = await db.contractEventCursor.findUnique({ where: { networkId: network.id } });
  const created = Math.min(...instances.map((i) => i.transactions[0]?.blockNumber ?? Number.MAX_SAFE_INTEGER));
  const from = cursor
    ? cursor.blockNumber + 1
    : Number.isFinite(created) && created < Number.MAX_SAFE_INTEGER
      ? created
      : 0;
  const head = await finalizedNumber(api);
  const to = Math.min(head, from + (opts.maxBlocks ?? 200) - 1);
  if (to < from) return { from, to, stored: 0 };
  const platform = platformAdapter(network.platform);
  const section = network.platform === "revive" ? "revive" : "contracts";
  // Function instances triggered by these contracts' events: their runs are queued from the same transaction.
  const listeners = await listEventListeners(instances.map((i) => i.id));
  const addressOf = (id: string) => instances.find((i) => i.id === id)!.address!;
  let stored = 0;
  const touched = new Set<string>();
  for (let n = from; n <= to; n++) {
    const blockHash = (await api.rpc.chain.getBlockHash(n)).toHex();
    const records = (await api.query.system.events.at(blockHash)) as unknown as EventRecord[];
    const rows = [];
    for (const [eventIndex, record] of records.entries()) {
      if (record.event.section !== section || record.event.method !== "ContractEmitted") continue;
      const emitter = record.event.data[0].toString();
      const instance = instances.find((i) => platform.sameAddress(i.address!, emitter));
      if (!instance) continue;
      const decoded = contractCodec(api, instance.brickVersion).decodeEvent(record) ?? {
        name: "Unknown event",
        args: { data: record.event.data[1]?.toHex?.() ?? null },
      };
      rows.push({
        deploymentId: instance.id,
        blockHash,
        blockNumber: n,
        eventIndex,
        name: decoded.name,
        args: JSON.stringify(decoded.args),
      });
      touched.add(instance.id);
    }
    await db.$transaction([
      ...rows.map((r) =>
        db.contractEvent.upsert({
          where: { blockHash_eventIndex: { blockHash, eventIndex: r.eventIndex } },
          create: r,
          update: {},
        }),
      ),
      ...eventTriggerWrites(listeners, rows, addressOf),
      db.contractEventCursor.upsert({
        where: { networkId: network.id },
        create: { networkId: network.id, blockNumber: n, blockHash },
        update: { blockNumber: n, blockHash },
      }),
    ]);
    stored += rows.length;
  }
  for (const id of touched) emitProgress(id);
  return { from, to, stored };
}
