// Makes `system_accountNextIndex` count transactions that are still being put into a block.
import { APPLY_EXTRINSIC_ERROR, type Blockchain } from "@acala-network/chopsticks-core";
import type { GenericExtrinsic } from "@polkadot/types";
import { hexToU8a } from "@polkadot/util";
import type { HexString } from "@polkadot/util/types";
import { blockAt, nonceFromStorage } from "./nonce-from-storage";

type THandler = (req: { method: string; params: unknown[] }, subscriptions: never) => Promise<unknown>;

/**
 * In Instant mode chopsticks takes a transaction out of its pool the moment it starts building the
 * block, and its accountNextIndex only counts what is in the pool: a second transaction sent while
 * the first one's block was being built (≈1–2 s here) got the same nonce and was rejected as Invalid
 * (measured). A real node counts those too; so do we: remember the highest nonce submitted per
 * signer until the chain's own answer catches up, and forget it if the transaction fails to apply.
 * Note: polkadot.js 16 `{ nonce: -1 }` asks the runtime (AccountNonceApi) instead, which counts only
 * included transactions, here and on real nodes; back-to-back senders must use accountNextIndex.
 */
export function withPendingNonces<H extends THandler>(chain: Blockchain, inner: H): H {
  const issued = new Map<string, number>();

  const signerOf = async (extrinsic: HexString) => {
    const registry = await chain.head.registry;
    const tx = registry.createType("GenericExtrinsic", extrinsic) as unknown as GenericExtrinsic;
    return tx.isSigned ? { signer: tx.signer.toString(), nonce: tx.nonce.toNumber() } : undefined;
  };

  chain.txPool.event.on(APPLY_EXTRINSIC_ERROR, ([extrinsic]: [HexString, unknown]) => {
    void signerOf(extrinsic).then(
      (s) => s && issued.delete(s.signer),
      () => {},
    );
  });

  const wrapped = async (req: Parameters<H>[0], subscriptions: Parameters<H>[1]) => {
    if (req.method === "system_accountNextIndex") {
      const registry = await chain.head.registry;
      const address = registry.createType("AccountId", req.params[0]).toString();
      // chopsticks' own answer (the runtime's AccountNonceApi plus its pool), from storage instead.
      const stored = await nonceFromStorage(chain.head, address);
      const fromChain = stored.nonce + chain.txPool.pendingExtrinsicsBy(address).length;
      const pending = issued.get(address) ?? 0;
      if (pending <= fromChain) issued.delete(address);
      return Math.max(fromChain, pending);
    }
    // polkadot.js' `{ nonce: -1 }` asks the runtime through state_call: the same value, from storage.
    if (req.method === "state_call" && req.params[0] === "AccountNonceApi_account_nonce") {
      const block = await blockAt(chain, req.params[2]);
      if (block) return (await nonceFromStorage(block, hexToU8a(req.params[1] as HexString))).encoded;
    }
    const result = await inner(req, subscriptions);
    if (req.method === "author_submitExtrinsic" || req.method === "author_submitAndWatchExtrinsic") {
      // Only reached when the runtime accepted the transaction into the pool.
      const s = await signerOf(req.params[0] as HexString).catch(() => undefined);
      if (s) issued.set(s.signer, Math.max(issued.get(s.signer) ?? 0, s.nonce + 1));
    }
    return result;
  };
  return wrapped as H;
}
