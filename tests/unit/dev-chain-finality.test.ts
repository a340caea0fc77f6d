import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SubscriptionManager } from "@acala-network/chopsticks-core";
import { FINALITY_DELAY_MS, withDelayedFinality } from "@/lib/chain/dev-chain/finality";

// A stand-in for chopsticks' per-connection subscription manager: records what reaches the client.
function fakeConnection() {
  const live = new Set<string>();
  const sent: unknown[] = [];
  const manager: SubscriptionManager = {
    subscribe: (_method, subid) => {
      live.add(subid);
      return (data) => void (live.has(subid) && sent.push(data));
    },
    unsubscribe: (subid) => void live.delete(subid),
  };
  return { manager, sent, live };
}

describe("withDelayedFinality", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends inBlock at once and finalized only after the delay, then unsubscribes", () => {
    const { manager, sent, live } = fakeConnection();
    const subs = withDelayedFinality(manager);
    const send = subs.subscribe("author_extrinsicUpdate", "s1", () => {});
    send({ ready: null });
    send({ inBlock: "0x01" });
    send({ finalized: "0x01" });
    subs.unsubscribe("s1"); // what chopsticks does right after sending finalized
    expect(sent).toEqual([{ ready: null }, { inBlock: "0x01" }]);
    expect(live.has("s1")).toBe(true);
    vi.advanceTimersByTime(FINALITY_DELAY_MS);
    expect(sent).toEqual([{ ready: null }, { inBlock: "0x01" }, { finalized: "0x01" }]);
    expect(live.has("s1")).toBe(false);
  });

  it("leaves every other subscription alone", () => {
    const { manager, sent, live } = fakeConnection();
    const subs = withDelayedFinality(manager);
    const send = subs.subscribe("chain_finalizedHead", "h1", () => {});
    send({ finalized: "0x02" });
    expect(sent).toEqual([{ finalized: "0x02" }]);
    subs.unsubscribe("h1");
    expect(live.has("h1")).toBe(false);
  });
});
