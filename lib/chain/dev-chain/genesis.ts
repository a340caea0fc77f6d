// Starting chopsticks from a raw chain spec needs two corrections that chopsticks does not make.
import { readFile } from "node:fs/promises";
import { GenesisProvider, type Genesis } from "@acala-network/chopsticks-core";
import { u8aToHex } from "@polkadot/util";
import { xxhashAsHex } from "@polkadot/util-crypto";

// pallet-contracts keeps every contract's storage in a child trie. chopsticks' GenesisProvider
// throws on every childstate_* call, so the first contract call fails. At genesis no child trie
// exists at all, so "empty" is the true answer; child tries written later live in chopsticks' own
// storage layers and never reach this provider.
class DevGenesisProvider extends GenesisProvider {
  constructor(genesis: Genesis) {
    super(genesis);
    const inner = this.send;
    this.send = async (method, params, isCacheable) => {
      if (method === "childstate_getStorage") return null;
      if (method === "childstate_getKeysPaged" || method === "childstate_getKeys") return [];
      if (method === "childstate_getStorageEntries") return (params[1] as unknown[]).map(() => null);
      return inner(method, params, isCacheable);
    };
    this.clone = () => new DevGenesisProvider(genesis);
  }
}

const TIMESTAMP_NOW_KEY = xxhashAsHex("Timestamp", 128) + xxhashAsHex("Now", 128).slice(2);

function u64le(value: bigint): string {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, value, true);
  return u8aToHex(bytes);
}

/**
 * Reads a raw chain spec and returns a provider chopsticks can start from.
 *
 * Block #1 is built from the genesis clock. With no Timestamp.Now in genesis, chopsticks reads
 * Date.now() twice (once for the Aura slot in the header, once for the timestamp inherent); when a
 * slot boundary falls between the two reads, block #1 fails with "slot number mismatch". A
 * slot-aligned Timestamp.Now in genesis makes both reads agree on every start.
 */
export async function loadGenesis(specPath: string, genesisTimeMs?: number): Promise<GenesisProvider> {
  const spec = JSON.parse(await readFile(specPath, "utf8")) as Genesis;
  const top = spec.genesis?.raw?.top;
  if (!top) throw new Error(`${specPath} is not a raw chain spec (no genesis.raw.top): build it with --raw.`);
  if (!top[TIMESTAMP_NOW_KEY]) {
    // A whole minute is a multiple of every usual slot duration (2, 3, 6, 12 s …), so the value is
    // slot-aligned whatever the runtime's slot duration turns out to be.
    // A persisted chain passes the time it first started with, so its genesis hash never changes.
    const minute = BigInt(genesisTimeMs ?? Math.floor(Date.now() / 60_000) * 60_000);
    top[TIMESTAMP_NOW_KEY] = u64le(minute) as `0x${string}`;
  }
  return new DevGenesisProvider(spec);
}
