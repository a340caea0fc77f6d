// Makes sure the chain is past its genesis block before anyone signs a transaction.
import type { Blockchain } from "@acala-network/chopsticks-core";

/**
 * At block #0 `System.BlockHash(0)` still holds a placeholder, so the genesis hash a wallet signs
 * against does not match and every signed transaction is refused with `badProof` (measured on the QF
 * revive runtime). chopsticks builds block #1 while starting from a spec, but on a chain whose first
 * block needed a fix applied afterwards (SPIN's slot clock) that attempt fails and leaves the head at
 * #0: build it now. A chain already past #0 is untouched.
 */
export async function ensureFirstBlock(chain: Blockchain): Promise<void> {
  if (chain.head.number > 0) return;
  await chain.newBlock();
  if (chain.head.number === 0) {
    throw new Error("The dev chain could not build its first block; start it with LOG_LEVEL=info to see why.");
  }
}
