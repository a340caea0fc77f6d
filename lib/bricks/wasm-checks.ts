// The module rules pallet-contracts enforces at upload (measured on the dev chain, see
// ../shared/docs/CHAIN-ABI.md), checked before anything is published or deployed so an auditor
// hears "your contract exports `memory`" instead of a bare `CodeRejected` from the chain.
import { inspectWasm, WasmParseError, type WasmInspection } from "./wasm-inspect";

export const WASM_LIMITS = {
  /** maxCodeLen of the runtime. */
  maxBytes: 262_144,
  /** 16 pages of 64 KiB = 1 MiB, the runtime's memory cap. */
  maxMemoryPages: 16,
  hostModules: ["seal0", "seal1", "seal2"],
  exports: ["call", "deploy"],
};

export type WasmRule =
  | "malformed"
  | "size"
  | "memory"
  | "imports"
  | "exports"
  | "float"
  | "bulk-memory"
  | "simd"
  | "threads"
  | "multi-value"
  | "unknown-instruction"
  | "data";

export interface WasmProblem {
  rule: WasmRule;
  message: string;
  fix: string;
}

const FEATURE_TEXT: Record<string, { what: string; fix: string }> = {
  float: {
    what: "uses floating-point numbers (f32/f64)",
    fix: "remove float arithmetic; the chain only runs deterministic integer code",
  },
  "bulk-memory": {
    what: "uses bulk-memory instructions (memory.copy/fill)",
    fix: "build without the bulk-memory feature (AssemblyScript: --disable bulk-memory)",
  },
  simd: { what: "uses SIMD instructions", fix: "build without SIMD" },
  threads: { what: "uses atomic (threads) instructions", fix: "build without threads/atomics" },
  "multi-value": {
    what: "uses multi-value functions or blocks",
    fix: "build without the multi-value feature",
  },
  "unknown-instruction": {
    what: "contains an instruction this checker cannot read",
    fix: "build for the wasm MVP with sign-extension only",
  },
};

/** Checks a contract's wasm against the chain's module rules; returns every problem found. */
export function wasmChecks(wasm: Uint8Array): { problems: WasmProblem[]; info?: WasmInspection } {
  const problems: WasmProblem[] = [];
  if (wasm.length > WASM_LIMITS.maxBytes) {
    problems.push({
      rule: "size",
      message: `The wasm is ${wasm.length.toLocaleString("en-US")} bytes; the chain accepts at most ${WASM_LIMITS.maxBytes.toLocaleString("en-US")}`,
      fix: "build in release mode with size optimisation (cargo contract build --release)",
    });
  }
  let info: WasmInspection;
  try {
    info = inspectWasm(wasm);
  } catch (error) {
    if (!(error instanceof WasmParseError)) throw error;
    problems.push({
      rule: "malformed",
      message: `The wasm cannot be read: ${error.message}`,
      fix: "rebuild the contract",
    });
    return { problems };
  }

  checkMemory(info, problems);
  for (const imp of info.imports) {
    const isMemory = imp.module === "env" && imp.name === "memory" && imp.kind === "memory";
    if (isMemory || (imp.kind === "function" && WASM_LIMITS.hostModules.includes(imp.module))) continue;
    problems.push({
      rule: "imports",
      message: `The wasm imports ${imp.kind} "${imp.module}.${imp.name}", which the chain does not provide`,
      fix: "import only host functions from seal0/seal1/seal2 and the memory as env.memory (AssemblyScript: --use abort=)",
    });
  }

  const names = info.exports.map((e) => e.name).sort();
  const wrongKind = info.exports.filter((e) => WASM_LIMITS.exports.includes(e.name) && e.kind !== "function");
  const missing = WASM_LIMITS.exports.filter((n) => !names.includes(n));
  const extra = names.filter((n) => !WASM_LIMITS.exports.includes(n));
  if (missing.length || extra.length || wrongKind.length) {
    const parts = [
      missing.length ? `is missing ${missing.map((n) => `"${n}"`).join(" and ")}` : "",
      extra.length ? `also exports ${extra.map((n) => `"${n}"`).join(", ")}` : "",
      wrongKind.length ? `exports ${wrongKind.map((e) => `"${e.name}" as a ${e.kind}`).join(", ")}` : "",
    ].filter(Boolean);
    problems.push({
      rule: "exports",
      message: `The wasm must export exactly the functions "deploy" and "call"; it ${parts.join("; ")}`,
      fix: "export only deploy and call (AssemblyScript: --noExportMemory, no exported globals)",
    });
  }

  for (const [feature, seen] of Object.entries(info.features)) {
    const text = FEATURE_TEXT[feature];
    problems.push({
      rule: feature as WasmRule,
      message: `The wasm ${text.what}: ${seen.count} place${seen.count === 1 ? "" : "s"}, first in ${seen.first}`,
      fix: text.fix,
    });
  }
  return { problems, info };
}

function checkMemory(info: WasmInspection, problems: WasmProblem[]) {
  const max = WASM_LIMITS.maxMemoryPages;
  if (info.definedMemories.length > 0) {
    problems.push({
      rule: "memory",
      message: "The wasm defines its own memory; the chain requires it to be imported as env.memory",
      fix: "build with an imported memory (AssemblyScript: --importMemory)",
    });
  }
  const memories = info.imports.filter((i) => i.kind === "memory");
  const mem = memories.find((i) => i.module === "env" && i.name === "memory");
  if (!mem && info.definedMemories.length === 0) {
    problems.push({
      rule: "memory",
      message: "The wasm does not import a memory as env.memory",
      fix: "build with an imported memory named env.memory",
    });
  }
  const limits = mem?.limits;
  if (!limits) return;
  if (limits.min > max || (limits.max !== undefined && limits.max > max)) {
    problems.push({
      rule: "memory",
      message: `The wasm asks for ${limits.min}${limits.max !== undefined ? `..${limits.max}` : ""} memory pages; the chain allows at most ${max} (1 MiB)`,
      fix: `set the initial and maximum memory to at most ${max} pages`,
    });
  }
  // Data segments are written into the initial memory when the contract is instantiated.
  const initialBytes = limits.min * 65_536;
  for (const seg of info.dataSegments) {
    if (seg.passive) {
      problems.push({
        rule: "data",
        message: "The wasm has a passive data segment (needs bulk memory)",
        fix: "build without the bulk-memory feature",
      });
    } else if (seg.offset !== undefined && seg.offset + seg.length > initialBytes) {
      problems.push({
        rule: "data",
        message: `A data segment ends at byte ${seg.offset + seg.length}, beyond the initial memory (${limits.min} pages = ${initialBytes} bytes)`,
        fix: "raise the initial memory pages (within the 16-page cap) or shrink the static data",
      });
    }
  }
}
