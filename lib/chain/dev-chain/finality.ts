// Leaves clients time to see "in block" before "finalized".
import type { SubscriptionManager } from "@acala-network/chopsticks-core";

/** How long after "inBlock" the dev chain reports "finalized" for a watched transaction. */
export const FINALITY_DELAY_MS = 1_000;

const pendingByConnection = new WeakMap<SubscriptionManager, Set<string>>();

/**
 * chopsticks reports `finalized` 100 ms after `inBlock`. polkadot.js handles each status with
 * switchMap and first fetches the block's events for `inBlock`; when that fetch takes longer than
 * 100 ms (it did here under load), `finalized` cancels it and the client never sees InBlock at all.
 * Code waiting for `status.isInBlock` then hangs (measured: one transfer in ~15–30). A real chain
 * finalizes seconds later; we delay `finalized` by FINALITY_DELAY_MS. Clients should still accept
 * Finalized as proof of inclusion.
 */
export function withDelayedFinality(manager: SubscriptionManager): SubscriptionManager {
  let pending = pendingByConnection.get(manager);
  if (!pending) pendingByConnection.set(manager, (pending = new Set()));
  const delayed = pending;
  return {
    subscribe(method, subid, onCancel) {
      const send = manager.subscribe(method, subid, onCancel);
      if (method !== "author_extrinsicUpdate") return send;
      return (data: unknown) => {
        if (!(data && typeof data === "object" && "finalized" in data)) return send(data);
        // chopsticks unsubscribes right after sending this; hold that until we have sent it.
        delayed.add(subid);
        setTimeout(() => {
          delayed.delete(subid);
          send(data);
          manager.unsubscribe(subid);
        }, FINALITY_DELAY_MS).unref();
      };
    },
    unsubscribe(subid) {
      if (!delayed.has(subid)) manager.unsubscribe(subid);
    },
  };
}
