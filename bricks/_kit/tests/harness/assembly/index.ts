// Test entry points for the kit's codec and U128, compiled by the unit tests and run in Node.
// Values cross the boundary in a "dump" format (fixed-width little-endian numbers, u32-length-
// prefixed byte strings, a 0/1 flag before optional values), so the tests can compare what the
// kit decodes/encodes with @polkadot/types-codec.
import { U128, Bytes32, Decoder, Encoder, Event } from "../../../assembly/index";

let outLen: u32 = 0;
export function lastLen(): u32 {
  return outLen;
}
export function alloc(n: u32): usize {
  return heap.alloc(n);
}
function done(e: Encoder): usize {
  outLen = e.len;
  return e.ptr;
}

// Type tags: b bool, 1/2/4/8 u8..u64, x/y/z/w i8..i64, g u128, c Compact<u128>, s String,
// a [u8;32], v Vec<u8>, o Option<AccountId>, O Option<u128>, S Option<String>.

function dumpBytes(e: Encoder, ptr: usize, len: u32): void {
  e.u32(len).raw(ptr, len);
}

/** Decodes `input` (SCALE) as the tagged types with Decoder; returns the dump. */
export function decodeToDump(tags: usize, ntags: u32, input: usize, inputLen: u32): usize {
  const d = new Decoder(input, inputLen);
  const e = new Encoder(64);
  for (let i: u32 = 0; i < ntags; i++) {
    const tag = load<u8>(tags + i);
    if (tag == 0x62) e.bool(d.bool());
    else if (tag == 0x31) e.u8(d.u8());
    else if (tag == 0x32) e.u16(d.u16());
    else if (tag == 0x34) e.u32(d.u32());
    else if (tag == 0x38) e.u64(d.u64());
    else if (tag == 0x78) e.i8(d.i8());
    else if (tag == 0x79) e.i16(d.i16());
    else if (tag == 0x7a) e.i32(d.i32());
    else if (tag == 0x77) e.i64(d.i64());
    else if (tag == 0x67) e.u128(d.u128());
    else if (tag == 0x63) e.u128(d.compactU128());
    else if (tag == 0x73) {
      const s = String.UTF8.encode(d.string());
      dumpBytes(e, changetype<usize>(s), <u32>s.byteLength);
    } else if (tag == 0x61) e.bytes32(d.bytes32());
    else if (tag == 0x76) {
      const b = d.bytes();
      dumpBytes(e, b.dataStart, <u32>b.length);
    } else if (tag == 0x6f) {
      const v = d.optionBytes32();
      if (v === null) e.u8(0);
      else e.u8(1).bytes32(v);
    } else if (tag == 0x4f) {
      const v = d.optionU128();
      if (v === null) e.u8(0);
      else e.u8(1).u128(v);
    } else if (tag == 0x53) {
      const v = d.optionString();
      if (v === null) e.u8(0);
      else {
        const s = String.UTF8.encode(v);
        e.u8(1);
        dumpBytes(e, changetype<usize>(s), <u32>s.byteLength);
      }
    } else unreachable();
  }
  if (!d.isEmpty()) unreachable();
  return done(e);
}

/** Encodes the dumped values as the tagged types with Encoder; returns the SCALE bytes. */
export function encodeFromDump(tags: usize, ntags: u32, dump: usize, dumpLen: u32): usize {
  const d = new Decoder(dump, dumpLen);
  const e = new Encoder(8);
  for (let i: u32 = 0; i < ntags; i++) {
    const tag = load<u8>(tags + i);
    if (tag == 0x62) e.bool(d.u8() != 0);
    else if (tag == 0x31) e.u8(d.u8());
    else if (tag == 0x32) e.u16(d.u16());
    else if (tag == 0x34) e.u32(d.u32());
    else if (tag == 0x38) e.u64(d.u64());
    else if (tag == 0x78) e.i8(d.i8());
    else if (tag == 0x79) e.i16(d.i16());
    else if (tag == 0x7a) e.i32(d.i32());
    else if (tag == 0x77) e.i64(d.i64());
    else if (tag == 0x67) e.u128(d.u128());
    else if (tag == 0x63) e.compactU128(d.u128());
    else if (tag == 0x73) {
      const n = d.u32();
      e.string(String.UTF8.decodeUnsafe(d.take(n), n));
    } else if (tag == 0x61) e.bytes32(d.bytes32());
    else if (tag == 0x76) {
      const n = d.u32();
      e.bytesAt(d.take(n), n);
    } else if (tag == 0x6f) e.optionBytes32(d.u8() != 0 ? d.bytes32() : null);
    else if (tag == 0x4f) e.optionU128(d.u8() != 0 ? d.u128() : null);
    else if (tag == 0x53) {
      if (d.u8() != 0) {
        const n = d.u32();
        e.optionString(String.UTF8.decodeUnsafe(d.take(n), n));
      } else e.optionString(null);
    } else unreachable();
  }
  return done(e);
}

/**
 * U128 operation on a (16 bytes at `a`) and b (16 bytes at `b`). Output: a status byte (1 = value,
 * 0 = null/overflow) and the 16-byte result; divRem writes quotient then remainder; cmp writes i32.
 */
export function u128op(op: u32, a: usize, b: usize): usize {
  const x = U128.load(a);
  const y = U128.load(b);
  const e = new Encoder(40);
  let r: U128 | null = null;
  if (op == 0) r = x.checkedAdd(y);
  else if (op == 1) r = x.checkedSub(y);
  else if (op == 2) r = x.checkedMul(y);
  else if (op == 3) r = x.wrappingAdd(y);
  else if (op == 4) r = x.wrappingSub(y);
  else if (op == 5) r = x.wrappingMul(y);
  else if (op == 6) {
    const q = x.checkedDiv(y);
    if (q === null) return done(e.u8(0));
    return done(e.u8(1).u128(q).u128(U128.lastRem));
  } else if (op == 7) return done(e.u8(1).i32(x.cmp(y)));
  else if (op == 8) r = x.saturatingAdd(y);
  else if (op == 9) r = x.saturatingSub(y);
  else if (op == 10) r = x.shl(<u32>y.lo);
  else if (op == 11) r = x.shr(<u32>y.lo);
  else if (op == 12)
    r = x + y; // operators: trap on overflow
  else if (op == 13) r = x - y;
  else if (op == 14) r = x * y;
  else if (op == 15) r = x / y;
  else if (op == 16) r = x % y;
  else if (op == 17) {
    const s = String.UTF8.encode(x.toString());
    e.u8(1);
    dumpBytes(e, changetype<usize>(s), <u32>s.byteLength);
    return done(e);
  } else unreachable();
  if (r === null) return done(e.u8(0));
  return done(e.u8(1).u128(r));
}

/** U128.parse of a UTF-8 decimal string. */
export function u128parse(ptr: usize, len: u32): usize {
  const r = U128.parse(String.UTF8.decodeUnsafe(ptr, len));
  const e = new Encoder(17);
  if (r === null) return done(e.u8(0));
  return done(e.u8(1).u128(r));
}

/** Emits an ink! v5 style event: signature topic + the topic of one indexed value of each kind. */
export function emitSample(sig: usize, account: usize, some: u32, amount: usize): void {
  const acc = new Bytes32(account);
  const value = U128.load(amount);
  const opt: Bytes32 | null = some != 0 ? acc : null;
  const ev = new Event(sig);
  ev.topicBytes32(acc).topicOptionBytes32(opt).topicU128(value);
  ev.data.bytes32(acc).optionBytes32(opt).u128(value);
  ev.emit();
}
