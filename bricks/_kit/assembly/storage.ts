// Contract storage with ink! v5 keys.
//   - the root struct's packed fields live together at key 0x00000000;
//   - a Lazy<T> field lives at its own 4-byte root key;
//   - a Mapping<K, V> entry lives at root key ++ SCALE(K).
// A root key is a u32 written little-endian (metadata shows it as the 4 bytes in hex); the
// metadata generator derives it like ink! 5 (xxh32 of "Struct::field") and emits it into
// generated/selectors.ts, so contract and metadata agree.
//
//   key(K_BALANCES).bytes32(owner)          → the Mapping entry key for `owner`
//   getU128(key(K_TOTAL_SUPPLY))            → a Lazy<u128> (zero when unset)
import * as env from "./env";
import { U128 } from "./u128";
import { Bytes32 } from "./bytes32";
import { Decoder, Encoder } from "./scale";

/** Largest value a read accepts (bigger values trap with OutputBufferTooSmall). */
export const VALUE_CAPACITY: u32 = 16384;

let scratch: usize = 0;
const LEN_CELL: usize = memory.data(4, 4);

/** Reads a value into the shared scratch buffer; returns its length, or -1 when absent. */
function readScratch(k: Encoder): i32 {
  if (scratch == 0) scratch = heap.alloc(VALUE_CAPACITY);
  store<u32>(LEN_CELL, VALUE_CAPACITY);
  const rc = env.seal_get_storage(k.ptr, k.len, scratch, LEN_CELL);
  return rc == env.RC_SUCCESS ? <i32>load<u32>(LEN_CELL) : -1;
}

/** A storage key starting with the 4-byte root key; append Mapping key parts with the Encoder writers. */
export function key(root: u32): Encoder {
  return new Encoder(40).u32(root);
}

/** The raw value at `k` (a private copy), or null when absent. */
export function get(k: Encoder): Decoder | null {
  const n = readScratch(k);
  if (n < 0) return null;
  const p = heap.alloc(<usize>n);
  memory.copy(p, scratch, <usize>n);
  return new Decoder(p, <u32>n);
}
/** Stores the bytes of `value` at `k`. */
export function set(k: Encoder, value: Encoder): void {
  env.seal_set_storage(k.ptr, k.len, value.ptr, value.len);
}
/** Removes the value at `k`. */
export function clear(k: Encoder): void {
  env.seal_clear_storage(k.ptr, k.len);
}
/** Whether a value exists at `k`. */
export function contains(k: Encoder): bool {
  return env.seal_contains_storage(k.ptr, k.len) >= 0;
}

// Typed shortcuts: absent values read as zero / false / null, like `unwrap_or_default()`.
export function getU128(k: Encoder): U128 {
  return readScratch(k) >= 16 ? U128.load(scratch) : U128.zero();
}
export function setU128(k: Encoder, v: U128): void {
  const p = heap.alloc(16);
  v.store(p);
  env.seal_set_storage(k.ptr, k.len, p, 16);
}
export function getU64(k: Encoder): u64 {
  return readScratch(k) >= 8 ? load<u64>(scratch) : 0;
}
export function setU64(k: Encoder, v: u64): void {
  const p = heap.alloc(8);
  store<u64>(p, v);
  env.seal_set_storage(k.ptr, k.len, p, 8);
}
export function getU32(k: Encoder): u32 {
  return readScratch(k) >= 4 ? load<u32>(scratch) : 0;
}
export function setU32(k: Encoder, v: u32): void {
  const p = heap.alloc(4);
  store<u32>(p, v);
  env.seal_set_storage(k.ptr, k.len, p, 4);
}
export function getU8(k: Encoder): u8 {
  return readScratch(k) >= 1 ? load<u8>(scratch) : 0;
}
export function setU8(k: Encoder, v: u8): void {
  const p = heap.alloc(1);
  store<u8>(p, v);
  env.seal_set_storage(k.ptr, k.len, p, 1);
}
export function getBool(k: Encoder): bool {
  return getU8(k) != 0;
}
export function setBool(k: Encoder, v: bool): void {
  setU8(k, v ? 1 : 0);
}
export function getBytes32(k: Encoder): Bytes32 | null {
  return readScratch(k) >= 32 ? Bytes32.copyOf(scratch) : null;
}
export function setBytes32(k: Encoder, v: Bytes32): void {
  env.seal_set_storage(k.ptr, k.len, v.ptr, 32);
}
