// Walks wasm instructions (function bodies, constant expressions) and notes the families the chain
// rejects: floats, bulk memory, SIMD, threads, multi-value blocks. Only immediates are decoded;
// operands are never evaluated.
import { Reader, VALTYPES } from "./wasm-reader";

export type WasmFeature = "float" | "bulk-memory" | "simd" | "threads" | "multi-value" | "unknown-instruction";

// f32/f64 loads, stores, constants, comparisons, arithmetic and conversions.
const FLOAT_OPS = new Set([
  0x2a,
  0x2b,
  0x38,
  0x39,
  0x43,
  0x44,
  ...range(0x5b, 0x66),
  ...range(0x8b, 0xa6),
  0xa8,
  0xa9,
  0xaa,
  0xab,
  0xae,
  0xaf,
  0xb0,
  0xb1,
  ...range(0xb2, 0xbf),
]);
// Opcodes by immediate shape; everything in 0x45..0xc4 (numeric) has none.
const MEMARG_OPS = new Set(range(0x28, 0x3e));
const U32_OPS = new Set([0x0c, 0x0d, 0x10, 0x12, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0xd2]);
const NO_IMM = new Set([0x00, 0x01, 0x05, 0x0f, 0x1a, 0x1b, 0xd1, ...range(0x45, 0xc4)]);

function range(a: number, b: number) {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/**
 * Walks instructions until the `end` that closes the expression (or `limit`), noting the families
 * the chain rejects. Unknown or SIMD opcodes have immediates we do not decode: the rest of the body
 * is skipped (the caller knows where it ends).
 */
export function scanExpr(r: Reader, limit: number, where: string, note: (f: WasmFeature, where: string) => void): void {
  let depth = 0;
  while (r.pos < limit) {
    const op = r.byte();
    if (FLOAT_OPS.has(op)) note("float", `${where} (opcode 0x${op.toString(16)})`);
    if (op === 0x0b) {
      if (depth === 0) return;
      depth--;
    } else if (op === 0x02 || op === 0x03 || op === 0x04) {
      depth++;
      const bt = r.bytes[r.pos];
      if (bt === 0x40 || VALTYPES[bt]) r.pos++;
      else {
        note("multi-value", `${where} (a block with a type index)`);
        r.skipLeb();
      }
    } else if (NO_IMM.has(op)) {
      // no immediates
    } else if (MEMARG_OPS.has(op)) {
      r.u32();
      r.u32();
    } else if (U32_OPS.has(op)) {
      r.u32();
    } else if (op === 0x41 || op === 0x42) {
      r.skipLeb();
    } else if (op === 0x43) {
      r.skip(4);
    } else if (op === 0x44) {
      r.skip(8);
    } else if (op === 0x0e) {
      for (let i = 0, n = r.u32(); i <= n; i++) r.u32();
    } else if (op === 0x11 || op === 0x13) {
      r.u32();
      r.u32();
    } else if (op === 0x1c) {
      for (let i = 0, n = r.u32(); i < n; i++) r.valtype();
    } else if (op === 0x3f || op === 0x40 || op === 0xd0) {
      r.byte();
    } else if (op === 0xfc) {
      const sub = r.u32();
      if (sub <= 7) note("float", `${where} (saturating float conversion 0xfc ${sub})`);
      else if (sub <= 11)
        note(
          "bulk-memory",
          `${where} (0xfc ${sub}: ${["memory.init", "data.drop", "memory.copy", "memory.fill"][sub - 8]})`,
        );
      if (sub > 17) {
        note("unknown-instruction", `${where} (opcode 0xfc ${sub})`);
        r.pos = limit;
        return;
      }
      // memory.init: dataidx + 0x00; memory.copy: 0x00 0x00; memory.fill: 0x00; table ops: u32 indexes.
      if (sub === 8) r.u32();
      if (sub === 8 || sub === 11) r.byte();
      else if (sub === 10) r.skip(2);
      else if (sub === 12 || sub === 14) r.u32();
      if (sub === 9 || sub >= 12) r.u32();
    } else if (op === 0xfd || op === 0xfe) {
      note(op === 0xfd ? "simd" : "threads", where);
      r.pos = limit;
      return;
    } else {
      note("unknown-instruction", `${where} (opcode 0x${op.toString(16)} at byte ${r.pos - 1})`);
      r.pos = limit;
      return;
    }
  }
}
