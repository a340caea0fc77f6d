// The byte-level half of the wasm reader: LEB128 numbers, names, value types and limits.
// Shared by the module walker (wasm-inspect.ts) and the instruction scanner (wasm-instructions.ts).

export type ValType = "i32" | "i64" | "f32" | "f64" | "v128" | "funcref" | "externref";

export interface WasmLimits {
  min: number;
  max?: number;
}

export class WasmParseError extends Error {}

export const VALTYPES: Record<number, ValType> = {
  0x7f: "i32",
  0x7e: "i64",
  0x7d: "f32",
  0x7c: "f64",
  0x7b: "v128",
  0x70: "funcref",
  0x6f: "externref",
};

export class Reader {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
  ) {}
  byte(): number {
    if (this.pos >= this.bytes.length) throw new WasmParseError(`unexpected end of module at byte ${this.pos}`);
    return this.bytes[this.pos++];
  }
  u32(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
      shift += 7;
      if (shift > 35) throw new WasmParseError(`bad LEB128 number at byte ${this.pos}`);
    }
  }
  s32(): number {
    let result = 0;
    let shift = 0;
    let b: number;
    do {
      b = this.byte();
      result |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80 && shift < 35);
    if (shift < 32 && b & 0x40) result |= -1 << shift;
    return result;
  }
  /** Skips a signed LEB128 of any width (i64.const, block types). */
  skipLeb(): void {
    while (this.byte() & 0x80);
  }
  skip(n: number): void {
    if (this.pos + n > this.bytes.length) throw new WasmParseError(`unexpected end of module at byte ${this.pos}`);
    this.pos += n;
  }
  name(): string {
    const len = this.u32();
    const start = this.pos;
    this.skip(len);
    return new TextDecoder().decode(this.bytes.subarray(start, start + len));
  }
  valtype(): ValType {
    const b = this.byte();
    const t = VALTYPES[b];
    if (!t) throw new WasmParseError(`unknown value type 0x${b.toString(16)} at byte ${this.pos - 1}`);
    return t;
  }
  limits(): WasmLimits {
    const flags = this.byte();
    if (flags > 0x03) throw new WasmParseError(`unsupported limits flags 0x${flags.toString(16)} (64-bit memory?)`);
    const min = this.u32();
    return flags & 0x01 ? { min, max: this.u32() } : { min };
  }
}

export function isFloat(t: ValType) {
  return t === "f32" || t === "f64";
}
