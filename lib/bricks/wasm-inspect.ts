// A small WebAssembly reader: just enough of the binary format to tell whether pallet-contracts will
// accept a module (imports, exports, memory, data segments, and which instruction families the
// code uses). Hand-written because the chain's rules are about details no general wasm library
// exposes cheaply, and because it must run anywhere (no Node or browser APIs): the brick loader and
// the AssemblyScript kit checker both use it. Decoding stops at the first malformed byte.
import { scanExpr, type WasmFeature } from "./wasm-instructions";
import { isFloat, Reader, WasmParseError, type ValType, type WasmLimits } from "./wasm-reader";

export { WasmParseError, type ValType, type WasmFeature, type WasmLimits };
export type ExternKind = "function" | "table" | "memory" | "global";

export interface WasmImport {
  module: string;
  name: string;
  kind: ExternKind;
  /** For memory imports: the page limits (1 page = 64 KiB). */
  limits?: WasmLimits;
}
export interface WasmExport {
  name: string;
  kind: ExternKind;
  index: number;
}
export interface WasmDataSegment {
  passive: boolean;
  /** Byte offset in memory for active segments with a constant offset. */
  offset?: number;
  length: number;
}
export interface WasmInspection {
  size: number;
  imports: WasmImport[];
  exports: WasmExport[];
  /** Memories the module defines itself (the chain wants the memory imported instead). */
  definedMemories: WasmLimits[];
  dataSegments: WasmDataSegment[];
  hasStart: boolean;
  /** Instruction or type families the chain cares about: how often seen, and where first. */
  features: Partial<Record<WasmFeature, { count: number; first: string }>>;
}

const KINDS: ExternKind[] = ["function", "table", "memory", "global"];

/** Reads the module's structure. Throws WasmParseError when the bytes are not a wasm module. */
export function inspectWasm(bytes: Uint8Array): WasmInspection {
  const r = new Reader(bytes);
  const magic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  if (bytes.length < 8 || magic.some((m, i) => bytes[i] !== m)) {
    throw new WasmParseError("not a WebAssembly module (wrong magic number or version)");
  }
  r.pos = 8;
  const out: WasmInspection = {
    size: bytes.length,
    imports: [],
    exports: [],
    definedMemories: [],
    dataSegments: [],
    hasStart: false,
    features: {},
  };
  const note = (feature: WasmFeature, where: string) => {
    const f = (out.features[feature] ??= { count: 0, first: where });
    f.count++;
  };
  let importedFunctions = 0;

  while (r.pos < bytes.length) {
    const id = r.byte();
    const size = r.u32();
    const end = r.pos + size;
    if (end > bytes.length) throw new WasmParseError(`section ${id} runs past the end of the module`);
    const sec = new Reader(bytes.subarray(0, end), r.pos);
    switch (id) {
      case 1: // types
        for (let i = 0, n = sec.u32(); i < n; i++) {
          if (sec.byte() !== 0x60) throw new WasmParseError(`type ${i} is not a function type`);
          const params = Array.from({ length: sec.u32() }, () => sec.valtype());
          const results = Array.from({ length: sec.u32() }, () => sec.valtype());
          if ([...params, ...results].some(isFloat)) note("float", `type #${i}`);
          if ([...params, ...results].includes("v128")) note("simd", `type #${i}`);
          if (results.length > 1) note("multi-value", `type #${i}`);
        }
        break;
      case 2: // imports
        for (let i = 0, n = sec.u32(); i < n; i++) {
          const mod = sec.name();
          const name = sec.name();
          const kind = KINDS[sec.byte()];
          if (!kind) throw new WasmParseError(`import ${mod}.${name} has an unknown kind`);
          const imp: WasmImport = { module: mod, name, kind };
          if (kind === "function") {
            sec.u32();
            importedFunctions++;
          } else if (kind === "table") {
            sec.byte();
            sec.limits();
          } else if (kind === "memory") {
            imp.limits = sec.limits();
          } else {
            if (isFloat(sec.valtype())) note("float", `import ${mod}.${name}`);
            sec.byte();
          }
          out.imports.push(imp);
        }
        break;
      case 5: // memories defined by the module itself
        for (let i = 0, n = sec.u32(); i < n; i++) out.definedMemories.push(sec.limits());
        break;
      case 6: // globals
        for (let i = 0, n = sec.u32(); i < n; i++) {
          if (isFloat(sec.valtype())) note("float", `global #${i}`);
          sec.byte();
          scanExpr(sec, end, `global #${i}`, note);
        }
        break;
      case 7: // exports
        for (let i = 0, n = sec.u32(); i < n; i++) {
          const name = sec.name();
          const kind = KINDS[sec.byte()];
          if (!kind) throw new WasmParseError(`export "${name}" has an unknown kind`);
          out.exports.push({ name, kind, index: sec.u32() });
        }
        break;
      case 8:
        out.hasStart = true;
        break;
      case 10: // code
        for (let i = 0, n = sec.u32(); i < n; i++) {
          const bodySize = sec.u32();
          const bodyEnd = sec.pos + bodySize;
          const where = `function #${importedFunctions + i}`;
          for (let l = 0, nl = sec.u32(); l < nl; l++) {
            sec.u32();
            if (isFloat(sec.valtype())) note("float", `${where} (a local variable)`);
          }
          scanExpr(sec, bodyEnd, where, note);
          sec.pos = bodyEnd;
        }
        break;
      case 11: // data
        for (let i = 0, n = sec.u32(); i < n; i++) {
          const flags = sec.u32();
          if (flags === 1) {
            const length = sec.u32();
            sec.skip(length);
            out.dataSegments.push({ passive: true, length });
            continue;
          }
          if (flags === 2) sec.u32();
          const offset = constOffset(sec, end);
          const length = sec.u32();
          sec.skip(length);
          out.dataSegments.push({ passive: false, offset, length });
        }
        break;
      default: // custom sections (names, producers), tables, functions, elements, data count: not needed
        break;
    }
    r.pos = end;
  }
  return out;
}

/** An active data segment's offset when it is a plain `i32.const N; end`, else undefined. */
function constOffset(r: Reader, limit: number): number | undefined {
  const start = r.pos;
  if (r.bytes[start] === 0x41) {
    r.pos++;
    const value = r.s32();
    if (r.byte() === 0x0b) return value;
  }
  r.pos = start;
  scanExpr(r, limit, "a data segment offset", () => {});
  return undefined;
}
