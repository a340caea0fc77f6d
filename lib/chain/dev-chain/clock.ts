// Keeps the chain's clock on slot boundaries so block production never stalls.
import { getSlotDuration, setStorage, type Blockchain } from "@acala-network/chopsticks-core";

/**
 * chopsticks derives each new block's Aura slot from the parent's Timestamp.Now and sets the new
 * timestamp to parent + slotDuration. If Timestamp.Now is not exactly the slot block #1 used, later
 * blocks fail ("Slot must increase", or cumulus aura-ext's "relay slot != para slot" when it is set
 * a slot ahead) and clients hang waiting for inclusion. Setting Now = CurrentSlot × slotDuration on
 * the head keeps every following block's slot, timestamp and relay slot in step.
 */
export async function alignClockToSlot(chain: Blockchain): Promise<void> {
  const head = chain.head;
  const meta = await head.meta;
  if (!meta.query.aura?.currentSlot) return; // not an Aura chain: chopsticks' own clock is consistent
  const slot = await head.read("u64", meta.query.aura.currentSlot);
  if (!slot) return;
  const slotDuration = BigInt(await getSlotDuration(head));
  await setStorage(chain, { Timestamp: { Now: (slot.toBigInt() * slotDuration).toString() } });
}
