// Hashes the ink! conventions use: blake2-256 (selectors, signature topics, code hash) and xxh32
// (ink! 5 storage root keys: xxh32("Struct::field", seed 0)).
import { blake2AsU8a } from "@polkadot/util-crypto";
import { u8aToHex } from "@polkadot/util";

export const blake2_256 = (data: Uint8Array | string): Uint8Array => blake2AsU8a(data, 256);

/** Selector bytes: blake2-256(label)[0..4], or the explicit override. */
export function selectorBytes(label: string, override?: string): Uint8Array {
  if (override) {
    const hex = override.replace(/^0x/, "");
    if (!/^[0-9a-fA-F]{8}$/.test(hex)) throw new Error(`selector override "${override}" must be 4 bytes of hex`);
    return Uint8Array.from(hex.match(/../g)!.map((b) => parseInt(b, 16)));
  }
  return blake2_256(label).slice(0, 4);
}
export const selectorHex = (label: string, override?: string): string => u8aToHex(selectorBytes(label, override));

/** The 4 selector bytes read as a little-endian u32 (how the contract compares them). */
export function selectorU32(bytes: Uint8Array): number {
  return (bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24)) >>> 0;
}

const P1 = 2654435761,
  P2 = 2246822519,
  P3 = 3266489917,
  P4 = 668265263,
  P5 = 374761393;
const rotl = (x: number, r: number) => ((x << r) | (x >>> (32 - r))) >>> 0;
const mul = (a: number, b: number) => Math.imul(a, b) >>> 0;

/** xxHash32. */
export function xxh32(input: Uint8Array, seed = 0): number {
  const len = input.length;
  const r32 = (p: number) => (input[p] | (input[p + 1] << 8) | (input[p + 2] << 16) | (input[p + 3] << 24)) >>> 0;
  let i = 0;
  let h: number;
  if (len >= 16) {
    const v = [(seed + P1 + P2) >>> 0, (seed + P2) >>> 0, seed >>> 0, (seed - P1) >>> 0];
    while (i + 16 <= len) {
      for (let j = 0; j < 4; j++, i += 4) v[j] = mul(rotl((v[j] + mul(r32(i), P2)) >>> 0, 13), P1);
    }
    h = (rotl(v[0], 1) + rotl(v[1], 7) + rotl(v[2], 12) + rotl(v[3], 18)) >>> 0;
  } else {
    h = (seed + P5) >>> 0;
  }
  h = (h + len) >>> 0;
  for (; i + 4 <= len; i += 4) h = mul(rotl((h + mul(r32(i), P3)) >>> 0, 17), P4);
  for (; i < len; i++) h = mul(rotl((h + mul(input[i], P5)) >>> 0, 11), P1);
  h = mul(h ^ (h >>> 15), P2);
  h = mul(h ^ (h >>> 13), P3);
  return (h ^ (h >>> 16)) >>> 0;
}

/** ink! 5 automatic storage key of a field: xxh32("Struct::field"). */
export const storageRootKey = (structName: string, field: string): number =>
  xxh32(new TextEncoder().encode(`${structName}::${field}`));

/** A root key as it appears in metadata: its 4 little-endian bytes in hex. */
export function rootKeyHex(key: number): string {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, key, true);
  return u8aToHex(b);
}
