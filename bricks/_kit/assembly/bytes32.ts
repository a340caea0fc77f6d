// A 32-byte value: AccountId, Hash. Holds a pointer to 32 bytes; values decoded from input or
// storage point into that buffer (no copy). Treat them as immutable.

export class Bytes32 {
  constructor(public ptr: usize) {}

  /** A fresh zeroed 32-byte value. */
  static alloc(): Bytes32 {
    const p = heap.alloc(32);
    store<u64>(p, 0);
    store<u64>(p, 0, 8);
    store<u64>(p, 0, 16);
    store<u64>(p, 0, 24);
    return new Bytes32(p);
  }

  /** A copy of the 32 bytes at `src`. */
  static copyOf(src: usize): Bytes32 {
    const p = heap.alloc(32);
    copy32(p, src);
    return new Bytes32(p);
  }

  equals(other: Bytes32): bool {
    const a = this.ptr,
      b = other.ptr;
    return (
      load<u64>(a) == load<u64>(b) &&
      load<u64>(a, 8) == load<u64>(b, 8) &&
      load<u64>(a, 16) == load<u64>(b, 16) &&
      load<u64>(a, 24) == load<u64>(b, 24)
    );
  }

  isZero(): bool {
    const a = this.ptr;
    return (load<u64>(a) | load<u64>(a, 8) | load<u64>(a, 16) | load<u64>(a, 24)) == 0;
  }

  /** Byte `i` (0..31). */
  @inline at(i: i32): u8 {
    return load<u8>(this.ptr + <usize>i);
  }

  clone(): Bytes32 {
    return Bytes32.copyOf(this.ptr);
  }
}

/** AccountId (32 bytes). */
export type AccountId = Bytes32;
/** Hash (32 bytes). */
export type Hash = Bytes32;

/** Copies 32 bytes without a general memcpy. */
export function copy32(dst: usize, src: usize): void {
  store<u64>(dst, load<u64>(src));
  store<u64>(dst, load<u64>(src, 8), 8);
  store<u64>(dst, load<u64>(src, 16), 16);
  store<u64>(dst, load<u64>(src, 24), 24);
}
