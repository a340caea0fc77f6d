// Shared helpers for integration tests that talk to the dev chain started by the global setup.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import type { SubmittableExtrinsic } from "@polkadot/api/types";
import type { KeyringPair } from "@polkadot/keyring/types";
import type { EventRecord, DispatchError } from "@polkadot/types/interfaces";
import type { ISubmittableResult, Registry } from "@polkadot/types/types";
import { inject } from "vitest";
import { connectApi, disconnectApi } from "@/lib/chain/connect";
import { getDevAccounts } from "@/lib/chain/dev-accounts";
import { REPO_ROOT } from "@/lib/chain/dev-chain/spec";

declare module "vitest" {
  export interface ProvidedContext {
    /** ws:// URL of the dev chain the global setup started for this run. */
    chainWs: string;
    /** ws:// URL of the pallet-revive dev chain (absent when no revive chain spec is found). */
    reviveChainWs?: string;
    /** file: URL of this run's fresh, migrated database. */
    databaseUrl: string;
    /** Runtime metadata of the dev chains, as polkadot.js' `metadata` option (tests/support/seed-metadata.ts). */
    chainMetadata?: Record<string, `0x${string}`>;
  }
}

export { getDevAccounts };

/** The dev chain of this test run (from the global setup; env TEST_CHAIN_WS as a fallback). */
export function testChainWs(): string {
  const url = inject("chainWs") ?? process.env.TEST_CHAIN_WS;
  if (!url) throw new Error("No dev chain: run integration tests through vitest's integration project.");
  return url;
}

let api: Promise<ApiPromise> | undefined;

/** One API connection per test file, reused by every test in it. Close it in afterAll. */
export function getTestApi(): Promise<ApiPromise> {
  api ??= connectApi(testChainWs(), { timeoutMs: 30_000 });
  return api;
}

export async function closeTestApi(): Promise<void> {
  const pending = api;
  api = undefined;
  if (pending) await disconnectApi(await pending.catch(() => undefined));
}

/** An ink! bundle from ../shared/contracts, e.g. "ink-v5-flipper". */
export async function loadSharedBundle(name: string): Promise<Record<string, unknown>> {
  const file = path.resolve(REPO_ROOT, "../shared/contracts", `${name}.contract.json`);
  return JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
}

/** The next nonce counting transactions still on their way into a block (system_accountNextIndex). */
export async function nextNonce(api: ApiPromise, address: string): Promise<number> {
  return (await api.rpc.system.accountNextIndex(address)).toNumber();
}

export type TInBlock<R extends ISubmittableResult = ISubmittableResult> = {
  result: R;
  events: EventRecord[];
  blockHash: string;
  /** "section.Name" of a failed dispatch (e.g. "contracts.OutOfGas"); undefined on success. */
  error?: string;
};

export function describeDispatchError(registry: Registry, error: DispatchError): string {
  if (error.isModule) {
    const { section, name } = registry.findMetaError(error.asModule);
    return `${section}.${name}`;
  }
  return error.toString();
}

/**
 * Signs, submits and resolves once the extrinsic is in a block, failed dispatch included (see
 * `error`). Rejects only when the transaction never gets in (invalid, dropped, or timeout).
 *
 * The default nonce -1 makes polkadot.js ask the runtime (AccountNonceApi), which only knows
 * included transactions: fine when each send is awaited. To send several from one account without
 * waiting, pass `nonce: await nextNonce(api, address)` for each (pool-aware, see below).
 */
export function sendAndWait<R extends ISubmittableResult>(
  tx: SubmittableExtrinsic<"promise", R>,
  signer: KeyringPair,
  options: number | { timeoutMs?: number; nonce?: number } = {},
): Promise<TInBlock<R>> {
  const { timeoutMs = 60_000, nonce = -1 } = typeof options === "number" ? { timeoutMs: options } : options;
  return new Promise((resolve, reject) => {
    let unsub: (() => void) | undefined;
    let finished = false;
    const done = (fn: () => void) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      unsub?.();
      fn();
    };
    const timer = setTimeout(() => done(() => reject(new Error(`Not in a block after ${timeoutMs} ms`))), timeoutMs);
    tx.signAndSend(signer, { nonce }, (result: R) => {
      const { status, events, dispatchError } = result;
      // Finalized counts too: polkadot.js can skip InBlock when Finalized follows quickly.
      if (status.isInBlock || status.isFinalized) {
        const error = dispatchError ? describeDispatchError(tx.registry, dispatchError) : undefined;
        const blockHash = (status.isInBlock ? status.asInBlock : status.asFinalized).toHex();
        done(() => resolve({ result, events, blockHash, error }));
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        done(() => reject(new Error(`Transaction ${status.type}`)));
      }
    })
      .then((u) => (finished ? u() : (unsub = u)))
      .catch((e) => done(() => reject(e)));
  });
}

export type { KeyringPair };
