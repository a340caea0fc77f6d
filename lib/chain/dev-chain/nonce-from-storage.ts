// Reads an account's nonce straight from System.Account, without running the runtime.
import type { Block, Blockchain } from "@acala-network/chopsticks-core";
import { StorageKey } from "@polkadot/types";
import type { Codec } from "@polkadot/types/types";
import { hexToU8a, u8aToHex } from "@polkadot/util";
import type { HexString } from "@polkadot/util/types";

/**
 * The nonce the runtime's AccountNonceApi would answer (FRAME's `System::account_nonce`, the `nonce`
 * of System.Account), as a number and SCALE-encoded in the runtime's own nonce type. chopsticks
 * answers both nonce RPCs with a runtime call, which here costs as much as a third of a block
 * (the runtime is compiled again for every call); a storage read costs nothing. Every signed
 * transaction asks for a nonce first, so this is on the path of each one.
 */
export async function nonceFromStorage(block: Block, account: string | Uint8Array) {
  const meta = await block.meta;
  const key = new StorageKey(meta.registry, [meta.query.system.account, [account]]);
  const raw = await block.get(key.toHex());
  const info = meta.registry.createType(key.outputType, raw ? hexToU8a(raw) : undefined) as unknown as {
    nonce: Codec & { toNumber(): number };
  };
  return { nonce: info.nonce.toNumber(), encoded: u8aToHex(info.nonce.toU8a()) as HexString };
}

/** The block a `state_call`/`system_*` request is about: the given hash, or the head. */
export async function blockAt(chain: Blockchain, hash: unknown): Promise<Block | undefined> {
  return typeof hash === "string" ? chain.getBlock(hash as HexString) : chain.head;
}
