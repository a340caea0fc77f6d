// Runtime metadata this process has already read, keyed as polkadot.js keys it: genesis hash and spec
// version. Opening a connection otherwise fetches the metadata again (on the local dev chain a runtime
// call of over a second) and decodes it; given the metadata, polkadot.js only decodes it. A runtime
// upgrade changes the spec version, so a stale entry is never used: the new one is fetched.
import type { ApiPromise } from "@polkadot/api";
import type { HexString } from "@polkadot/util/types";

/** A few chains per process at most; the cap keeps a long-running server from growing without end. */
const MAX_ENTRIES = 16;
const known = new Map<string, HexString>();

/** What to pass as ApiPromise's `metadata` option. */
export function knownMetadata(): Record<string, HexString> {
  return Object.fromEntries(known);
}

/** Remembers the metadata of a connection that is ready. */
export function rememberMetadata(api: ApiPromise): void {
  const key = `${api.genesisHash.toHex()}-${api.runtimeVersion.specVersion.toString()}`;
  if (known.has(key)) return;
  if (known.size >= MAX_ENTRIES) known.delete(known.keys().next().value!);
  known.set(key, api.runtimeMetadata.toHex());
}

/** Adds metadata read by another process (the integration tests' global setup hands its own to each file). */
export function seedMetadata(entries: Record<string, HexString>): void {
  for (const [key, hex] of Object.entries(entries)) if (!known.has(key)) known.set(key, hex);
}
