// Keeps a SPIN chain's slot in step with the timestamps chopsticks writes (QF Network's consensus).
import { getSlotDuration, setStorage, type Block, type Blockchain } from "@acala-network/chopsticks-core";

/**
 * SPIN (QF, 100 ms slots) asserts `Timestamp.Now / SlotDuration == Spin.CurrentSlot` in every block.
 * chopsticks only writes Aura/BABE digests, so nothing advances Spin.CurrentSlot, and it sets each
 * block's timestamp to parent + its own block time (12 s fallback here): the first block panics with
 * "Timestamp slot must match `CurrentSlot`". Before every block we therefore set CurrentSlot to the
 * slot of the timestamp the next block will carry. Measured in ../shared/docs/REVIVE.md.
 *
 * Detected from the runtime (a `spin.currentSlot` storage item and a `spin.slotDuration` constant),
 * so chains without SPIN are untouched. Returns whether the chain runs SPIN.
 */
export async function keepSpinSlotInStep(chain: Blockchain): Promise<boolean> {
  const meta = await chain.head.meta;
  if (!meta.query.spin?.currentSlot || !meta.consts.spin?.slotDuration) return false;

  const setNextSlot = async (block: Block) => {
    const m = await block.meta;
    const spinSlotMs = BigInt(m.consts.spin.slotDuration.toString());
    const now = (await block.read("u64", m.query.timestamp.now))?.toBigInt() ?? 0n;
    // The timestamp inherent of the next block is exactly `now + chopsticks' block time`.
    const step = BigInt(await getSlotDuration(block));
    await setStorage(chain, { Spin: { CurrentSlot: ((now + step) / spinSlotMs).toString() } }, block.hash);
  };

  await setNextSlot(chain.head);
  // Head callbacks are awaited before the next block is built, so each block finds its slot set.
  chain.headState.subscribeHead((block) => setNextSlot(block));
  return true;
}
