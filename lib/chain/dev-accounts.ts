// The well-known dev accounts (sr25519, derived from the public dev seed) that the dev chain funds.
// They are public test keys: never use them on a network where funds have value.
import { Keyring } from "@polkadot/keyring";
import type { KeyringPair } from "@polkadot/keyring/types";
import { cryptoWaitReady } from "@polkadot/util-crypto";

export const DEV_ACCOUNT_NAMES = ["alice", "bob", "charlie", "dave", "eve", "ferdie"] as const;
export type TDevAccountName = (typeof DEV_ACCOUNT_NAMES)[number];

/** Separate accounts for benchmarks, so their nonces never collide with tests signing as //Alice. */
export const BENCH_ACCOUNT_COUNT = 20;

/** Every dev URI the dev chain funds: //Alice … //Ferdie, then //bench/0 … //bench/19. */
export function devAccountUris(): string[] {
  const named = DEV_ACCOUNT_NAMES.map((n) => `//${n[0].toUpperCase()}${n.slice(1)}`);
  const bench = Array.from({ length: BENCH_ACCOUNT_COUNT }, (_, i) => `//bench/${i}`);
  return [...named, ...bench];
}

export type TDevAccounts = Record<TDevAccountName, KeyringPair> & {
  bench: KeyringPair[];
  all: { uri: string; pair: KeyringPair }[];
};

let cached: Promise<TDevAccounts> | undefined;

/** Keyring pairs for the dev accounts (SS58 prefix 42). Waits for the WASM crypto first. */
export function getDevAccounts(): Promise<TDevAccounts> {
  cached ??= (async () => {
    await cryptoWaitReady();
    const keyring = new Keyring({ type: "sr25519", ss58Format: 42 });
    const all = devAccountUris().map((uri) => ({ uri, pair: keyring.addFromUri(uri, { name: uri }) }));
    const named = Object.fromEntries(DEV_ACCOUNT_NAMES.map((n, i) => [n, all[i].pair])) as Record<
      TDevAccountName,
      KeyringPair
    >;
    return { ...named, bench: all.slice(DEV_ACCOUNT_NAMES.length).map((a) => a.pair), all };
  })();
  return cached;
}
