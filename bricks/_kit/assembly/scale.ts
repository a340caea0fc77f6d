// SCALE codec: Encoder (growable byte buffer, chainable writers) and Decoder (cursor over bytes).
// Encodings (https://docs.substrate.io/reference/scale-codec/):
//   bool 1 byte (0/1) · uN little-endian · Compact<N> 1/2/4 bytes or big-integer mode ·
//   Vec<T> / String = Compact(len) ++ items · Option<T> = 0x00 | 0x01 ++ T ·
//   Result<T,E> = 0x00 ++ T | 0x01 ++ E · enum = variant index (u8) ++ fields · tuple/struct = fields in order ·
//   [u8; N] (AccountId, Hash) = the N bytes.
import { U128 } from "./u128";
import { Bytes32, copy32 } from "./bytes32";
import { seal_return, FLAG_REVERT } from "./env";

/** A byte range in memory (not owned). */
export class Span {
  constructor(
    public ptr: usize,
    public len: u32,
  ) {}
  toBytes(): Uint8Array {
    const out = new Uint8Array(this.len);
    memory.copy(out.dataStart, this.ptr, this.len);
    return out;
  }
}

export class Encoder {
  ptr: usize;
  len: u32 = 0;
  cap: u32;

  constructor(cap: u32 = 64) {
    this.cap = cap;
    this.ptr = heap.alloc(cap);
  }

  /** Reserves `n` bytes at the end and returns their address. */
  reserve(n: u32): usize {
    const need = this.len + n;
    if (need > this.cap) {
      let cap = this.cap << 1;
      if (cap < need) cap = need;
      this.ptr = heap.realloc(this.ptr, cap);
      this.cap = cap;
    }
    const at = this.ptr + this.len;
    this.len = need;
    return at;
  }
  /** Drops everything after the first `len` bytes (reuse one encoder for several keys). */
  truncate(len: u32): Encoder {
    if (len < this.len) this.len = len;
    return this;
  }

  u8(v: u8): Encoder {
    store<u8>(this.reserve(1), v);
    return this;
  }
  bool(v: bool): Encoder {
    return this.u8(v ? 1 : 0);
  }
  u16(v: u16): Encoder {
    store<u16>(this.reserve(2), v);
    return this;
  }
  u32(v: u32): Encoder {
    store<u32>(this.reserve(4), v);
    return this;
  }
  u64(v: u64): Encoder {
    store<u64>(this.reserve(8), v);
    return this;
  }
  i8(v: i8): Encoder {
    return this.u8(<u8>v);
  }
  i16(v: i16): Encoder {
    return this.u16(<u16>v);
  }
  i32(v: i32): Encoder {
    return this.u32(<u32>v);
  }
  i64(v: i64): Encoder {
    return this.u64(<u64>v);
  }
  u128(v: U128): Encoder {
    v.store(this.reserve(16));
    return this;
  }
  /** Compact<u64> (and smaller). */
  compact(v: u64): Encoder {
    if (v < 0x40) return this.u8(<u8>(v << 2));
    if (v < 0x4000) return this.u16(<u16>((v << 2) | 1));
    if (v < 0x40000000) return this.u32(<u32>((v << 2) | 2));
    return this.compactBig(v, 0);
  }
  /** Compact<u128>. */
  compactU128(v: U128): Encoder {
    return v.hi == 0 ? this.compact(v.lo) : this.compactBig(v.lo, v.hi);
  }
  private compactBig(lo: u64, hi: u64): Encoder {
    // Big-integer mode: (bytes - 4) << 2 | 0b11, then the value's significant bytes.
    const bits: u32 = hi != 0 ? 128 - u32(clz(hi)) : 64 - u32(clz(lo));
    let bytes = (bits + 7) >> 3;
    if (bytes < 4) bytes = 4;
    this.u8(<u8>(((bytes - 4) << 2) | 3));
    const at = this.reserve(bytes);
    for (let i: u32 = 0; i < bytes; i++) {
      store<u8>(at + i, <u8>(i < 8 ? lo >> (i << 3) : hi >> ((i - 8) << 3)));
    }
    return this;
  }
  /** Raw bytes, no length prefix. */
  raw(ptr: usize, len: u32): Encoder {
    if (len > 0) memory.copy(this.reserve(len), ptr, len);
    return this;
  }
  span(s: Span): Encoder {
    return this.raw(s.ptr, s.len);
  }
  /** Appends another encoder's bytes, no length prefix. */
  append(e: Encoder): Encoder {
    return this.raw(e.ptr, e.len);
  }
  /** Vec<u8> from memory: Compact(len) ++ bytes. */
  bytesAt(ptr: usize, len: u32): Encoder {
    return this.compact(len).raw(ptr, len);
  }
  /** Vec<u8>. */
  bytes(b: Uint8Array): Encoder {
    return this.bytesAt(b.dataStart, b.length);
  }
  /** String (UTF-8): Compact(len) ++ bytes. */
  string(s: string): Encoder {
    const n = <u32>String.UTF8.byteLength(s);
    this.compact(n);
    String.UTF8.encodeUnsafe(changetype<usize>(s), s.length, this.reserve(n));
    return this;
  }
  /** AccountId / Hash / [u8; 32]. */
  bytes32(v: Bytes32): Encoder {
    copy32(this.reserve(32), v.ptr);
    return this;
  }
  /** Alias of bytes32 for readability. */
  @inline account(v: Bytes32): Encoder {
    return this.bytes32(v);
  }
  /** Option tag: 0x00 (None) or 0x01 (Some); write the value after `some()`. */
  none(): Encoder {
    return this.u8(0);
  }
  some(): Encoder {
    return this.u8(1);
  }
  optionBytes32(v: Bytes32 | null): Encoder {
    return v === null ? this.u8(0) : this.u8(1).bytes32(v);
  }
  optionU128(v: U128 | null): Encoder {
    return v === null ? this.u8(0) : this.u8(1).u128(v);
  }
  optionString(v: string | null): Encoder {
    return v === null ? this.u8(0) : this.u8(1).string(v);
  }
  /** Result tags: ok() = 0x00, err() = 0x01; enum variant = its index via u8(). */
  ok(): Encoder {
    return this.u8(0);
  }
  err(): Encoder {
    return this.u8(1);
  }
  /** A copy of the encoded bytes. */
  toBytes(): Uint8Array {
    return new Span(this.ptr, this.len).toBytes();
  }
  asSpan(): Span {
    return new Span(this.ptr, this.len);
  }
}

/** What a Decoder does on malformed input. */
export const enum OnError {
  /** Trap (storage, replies from other contracts). */
  Trap = 0,
  /** End the call with ink!'s `Err(LangError::CouldNotReadInput)` and the revert flag (call input). */
  LangError = 1,
}

export class Decoder {
  pos: usize;
  end: usize;

  constructor(
    ptr: usize,
    len: u32,
    public onError: OnError = OnError.Trap,
  ) {
    this.pos = ptr;
    this.end = ptr + len;
  }

  static of(s: Span, onError: OnError = OnError.Trap): Decoder {
    return new Decoder(s.ptr, s.len, onError);
  }

  /** Stops the call: malformed data. */
  fail(): void {
    if (this.onError == OnError.LangError) {
      const p = heap.alloc(2);
      store<u16>(p, 0x0101);
      seal_return(FLAG_REVERT, p, 2);
    }
    unreachable();
  }

  /** Consumes `n` bytes and returns their address. */
  take(n: u32): usize {
    const at = this.pos;
    if (<u64>at + n > <u64>this.end) this.fail();
    this.pos = at + n;
    return at;
  }
  @inline remaining(): u32 {
    return <u32>(this.end - this.pos);
  }
  @inline isEmpty(): bool {
    return this.pos >= this.end;
  }

  /** The 4-byte selector at the start of call input, as a little-endian u32. */
  selector(): u32 {
    return load<u32>(this.take(4));
  }

  u8(): u8 {
    return load<u8>(this.take(1));
  }
  bool(): bool {
    const b = this.u8();
    if (b > 1) this.fail();
    return b == 1;
  }
  u16(): u16 {
    return load<u16>(this.take(2));
  }
  u32(): u32 {
    return load<u32>(this.take(4));
  }
  u64(): u64 {
    return load<u64>(this.take(8));
  }
  i8(): i8 {
    return <i8>this.u8();
  }
  i16(): i16 {
    return <i16>this.u16();
  }
  i32(): i32 {
    return <i32>this.u32();
  }
  i64(): i64 {
    return <i64>this.u64();
  }
  u128(): U128 {
    return U128.load(this.take(16));
  }
  /** Compact<u128>. Rejects non-canonical encodings like the Rust codec. */
  compactU128(): U128 {
    const b0 = this.u8();
    const mode = b0 & 3;
    if (mode == 0) return U128.from(b0 >> 2);
    if (mode == 1) {
      const v = (u64(this.u8()) << 6) | (b0 >> 2);
      if (v < 0x40) this.fail();
      return U128.from(v);
    }
    if (mode == 2) {
      const p = this.take(3);
      const v = (u64(load<u16>(p)) << 6) | (u64(load<u8>(p, 2)) << 22) | (b0 >> 2);
      if (v < 0x4000) this.fail();
      return U128.from(v);
    }
    const bytes = u32(b0 >> 2) + 4;
    if (bytes > 16) this.fail();
    const p = this.take(bytes);
    let lo: u64 = 0,
      hi: u64 = 0;
    for (let i: u32 = 0; i < bytes; i++) {
      const b = u64(load<u8>(p + i));
      if (i < 8) lo |= b << (i << 3);
      else hi |= b << ((i - 8) << 3);
    }
    // The top byte must be non-zero and the value must need big-integer mode.
    if (load<u8>(p + bytes - 1) == 0 || (hi == 0 && lo < 0x40000000)) this.fail();
    return new U128(lo, hi);
  }
  /** Compact<u64> (traps/fails if the value does not fit). */
  compact(): u64 {
    const v = this.compactU128();
    if (v.hi != 0) this.fail();
    return v.lo;
  }
  /** A Compact length that must fit in the remaining bytes. */
  length(): u32 {
    const n = this.compact();
    if (n > this.remaining()) this.fail();
    return <u32>n;
  }
  /** Vec<u8> body without copying. */
  bytesSpan(): Span {
    const n = this.length();
    return new Span(this.take(n), n);
  }
  /** Vec<u8> as a new array. */
  bytes(): Uint8Array {
    return this.bytesSpan().toBytes();
  }
  /** String (UTF-8 is not validated). */
  string(): string {
    const s = this.bytesSpan();
    return String.UTF8.decodeUnsafe(s.ptr, s.len);
  }
  /** The whole SCALE encoding of the next Vec<u8>/String (prefix included), to store or echo it verbatim. */
  encodedBytes(): Span {
    const start = this.pos;
    const n = this.length();
    this.take(n);
    return new Span(start, <u32>(this.pos - start));
  }
  /** AccountId / Hash / [u8; 32], pointing into the buffer. */
  bytes32(): Bytes32 {
    return new Bytes32(this.take(32));
  }
  @inline account(): Bytes32 {
    return this.bytes32();
  }
  /** Vec<AccountId> (each entry points into the buffer). A length beyond the remaining input fails
   *  before allocating (in LangError mode: CouldNotReadInput). */
  accounts(): Bytes32[] {
    const n = this.compact();
    if (n > <u64>(this.remaining() >> 5)) this.fail();
    const list = new Array<Bytes32>(<i32>n);
    for (let i = 0; i < <i32>n; i++) list[i] = this.bytes32();
    return list;
  }
  /** Option tag: false = None, true = Some (then read the value). */
  option(): bool {
    return this.bool();
  }
  optionBytes32(): Bytes32 | null {
    return this.option() ? this.bytes32() : null;
  }
  optionU128(): U128 | null {
    return this.option() ? this.u128() : null;
  }
  optionString(): string | null {
    return this.option() ? this.string() : null;
  }
  /** A variant index of an enum with `count` variants. */
  variantIndex(count: u8): u8 {
    const i = this.u8();
    if (i >= count) this.fail();
    return i;
  }
  /** Result tag: true = Ok, false = Err. */
  result(): bool {
    return !this.bool();
  }
  /** Everything not read yet. */
  rest(): Span {
    const n = this.remaining();
    return new Span(this.take(n), n);
  }
}
