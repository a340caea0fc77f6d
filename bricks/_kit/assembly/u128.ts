// Unsigned 128-bit integer (ink!'s `Balance`). Little-endian in memory and in SCALE: lo then hi.
// `add`/`sub`/`mul`/`div`/`rem` (and the + - * / % operators) trap on overflow or division by zero,
// like ink! built with overflow checks; `checked*` return null instead; `wrapping*` wrap mod 2^128.
// Values are immutable: every operation returns a new U128.

// High word of the last mulWide() (a second return value without allocating).
let mulHi: u64 = 0;

/** Full 64×64→128 multiplication; returns the low word, leaves the high word in `mulHi`. */
function mulWide(a: u64, b: u64): u64 {
  const a0 = a & 0xffffffff,
    a1 = a >> 32;
  const b0 = b & 0xffffffff,
    b1 = b >> 32;
  const p00 = a0 * b0,
    p01 = a0 * b1,
    p10 = a1 * b0,
    p11 = a1 * b1;
  const mid = (p00 >> 32) + (p01 & 0xffffffff) + (p10 & 0xffffffff);
  mulHi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
  return (mid << 32) | (p00 & 0xffffffff);
}

export class U128 {
  constructor(
    public lo: u64 = 0,
    public hi: u64 = 0,
  ) {}

  @inline static zero(): U128 {
    return new U128(0, 0);
  }
  @inline static one(): U128 {
    return new U128(1, 0);
  }
  @inline static max(): U128 {
    return new U128(u64.MAX_VALUE, u64.MAX_VALUE);
  }
  @inline static from(v: u64): U128 {
    return new U128(v, 0);
  }
  /** Reads 16 little-endian bytes. */
  @inline static load(ptr: usize): U128 {
    return new U128(load<u64>(ptr), load<u64>(ptr, 8));
  }
  /** Writes 16 little-endian bytes. */
  @inline store(ptr: usize): void {
    store<u64>(ptr, this.lo);
    store<u64>(ptr, this.hi, 8);
  }

  @inline isZero(): bool {
    return (this.lo | this.hi) == 0;
  }
  @inline eq(b: U128): bool {
    return this.lo == b.lo && this.hi == b.hi;
  }
  @inline ne(b: U128): bool {
    return !this.eq(b);
  }
  @inline lt(b: U128): bool {
    return this.hi < b.hi || (this.hi == b.hi && this.lo < b.lo);
  }
  @inline le(b: U128): bool {
    return !b.lt(this);
  }
  @inline gt(b: U128): bool {
    return b.lt(this);
  }
  @inline ge(b: U128): bool {
    return !this.lt(b);
  }
  /** -1, 0 or 1. */
  cmp(b: U128): i32 {
    return this.lt(b) ? -1 : this.eq(b) ? 0 : 1;
  }
  /** Fits in a u64 (hi word is zero). */
  @inline fitsU64(): bool {
    return this.hi == 0;
  }

  // ── addition / subtraction ──
  wrappingAdd(b: U128): U128 {
    const lo = this.lo + b.lo;
    return new U128(lo, this.hi + b.hi + u64(lo < this.lo));
  }
  checkedAdd(b: U128): U128 | null {
    const r = this.wrappingAdd(b);
    return r.lt(this) ? null : r;
  }
  saturatingAdd(b: U128): U128 {
    const r = this.checkedAdd(b);
    return r === null ? U128.max() : r;
  }
  @operator("+") add(b: U128): U128 {
    const r = this.checkedAdd(b);
    if (r === null) unreachable();
    return r!;
  }
  wrappingSub(b: U128): U128 {
    return new U128(this.lo - b.lo, this.hi - b.hi - u64(this.lo < b.lo));
  }
  checkedSub(b: U128): U128 | null {
    return this.lt(b) ? null : this.wrappingSub(b);
  }
  saturatingSub(b: U128): U128 {
    return this.lt(b) ? U128.zero() : this.wrappingSub(b);
  }
  @operator("-") sub(b: U128): U128 {
    if (this.lt(b)) unreachable();
    return this.wrappingSub(b);
  }

  // ── multiplication ──
  wrappingMul(b: U128): U128 {
    const lo = mulWide(this.lo, b.lo);
    return new U128(lo, mulHi + this.hi * b.lo + this.lo * b.hi);
  }
  checkedMul(b: U128): U128 | null {
    if (this.hi != 0 && b.hi != 0) return null;
    const lo = mulWide(this.lo, b.lo);
    let hi = mulHi;
    // At most one cross term is non-zero; it must fit in 64 bits and not overflow hi.
    const crossLo = this.hi != 0 ? mulWide(this.hi, b.lo) : mulWide(this.lo, b.hi);
    if (mulHi != 0) return null;
    const sum = hi + crossLo;
    if (sum < hi) return null;
    hi = sum;
    return new U128(lo, hi);
  }
  @operator("*") mul(b: U128): U128 {
    const r = this.checkedMul(b);
    if (r === null) unreachable();
    return r!;
  }

  // ── shifts ──
  shl(n: u32): U128 {
    n &= 127;
    if (n == 0) return new U128(this.lo, this.hi);
    if (n >= 64) return new U128(0, this.lo << (n - 64));
    return new U128(this.lo << n, (this.hi << n) | (this.lo >> (64 - n)));
  }
  shr(n: u32): U128 {
    n &= 127;
    if (n == 0) return new U128(this.lo, this.hi);
    if (n >= 64) return new U128(this.hi >> (n - 64), 0);
    return new U128((this.lo >> n) | (this.hi << (64 - n)), this.hi >> n);
  }
  /** Leading zero bits (128 for zero). */
  clz(): u32 {
    return this.hi != 0 ? u32(clz(this.hi)) : 64 + u32(clz(this.lo));
  }

  // ── division ──
  /** Quotient; the remainder is left in `U128.lastRem`. Traps on division by zero. */
  divRem(b: U128): U128 {
    if (b.isZero()) unreachable();
    if (this.lt(b)) {
      lastRem = this;
      return U128.zero();
    }
    if ((this.hi | b.hi) == 0) {
      lastRem = new U128(this.lo % b.lo, 0);
      return new U128(this.lo / b.lo, 0);
    }
    // Shift-subtract long division over the bits where the quotient can be non-zero.
    const shift = b.clz() - this.clz();
    let d = b.shl(shift);
    let rLo = this.lo,
      rHi = this.hi;
    let qLo: u64 = 0,
      qHi: u64 = 0;
    let dLo = d.lo,
      dHi = d.hi;
    for (let i: u32 = 0; i <= shift; i++) {
      qHi = (qHi << 1) | (qLo >> 63);
      qLo <<= 1;
      if (rHi > dHi || (rHi == dHi && rLo >= dLo)) {
        const borrow = u64(rLo < dLo);
        rLo -= dLo;
        rHi = rHi - dHi - borrow;
        qLo |= 1;
      }
      dLo = (dLo >> 1) | (dHi << 63);
      dHi >>= 1;
    }
    lastRem = new U128(rLo, rHi);
    return new U128(qLo, qHi);
  }
  @operator("/") div(b: U128): U128 {
    return this.divRem(b);
  }
  @operator("%") rem(b: U128): U128 {
    this.divRem(b);
    return lastRem;
  }
  checkedDiv(b: U128): U128 | null {
    return b.isZero() ? null : this.divRem(b);
  }
  /** The remainder of the last divRem/div (valid until the next division). */
  static get lastRem(): U128 {
    return lastRem;
  }

  // ── conversions ──
  /** Decimal digits. */
  toString(): string {
    if (this.hi == 0) return this.lo.toString();
    // Split into a high part and 19 low decimal digits (10^19 fits in a u64).
    const base = new U128(10000000000000000000, 0);
    const q = this.divRem(base);
    const low = lastRem.lo.toString();
    return q.toString() + "0000000000000000000".substring(low.length) + low;
  }
  /** Parses decimal digits; null on any other character or on overflow. */
  static parse(s: string): U128 | null {
    if (s.length == 0) return null;
    let r = U128.zero();
    const ten = U128.from(10);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return null;
      const m = r.checkedMul(ten);
      if (m === null) return null;
      const a = m.checkedAdd(U128.from(u64(c)));
      if (a === null) return null;
      r = a;
    }
    return r;
  }
}

// Set by every divRem before it is read; a null placeholder avoids an allocation at start-up.
let lastRem: U128 = changetype<U128>(0);
