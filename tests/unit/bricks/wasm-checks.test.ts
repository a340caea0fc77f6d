import { describe, expect, it } from "vitest";
import { hexToU8a } from "@polkadot/util";
import { wasmChecks, WASM_LIMITS } from "@/lib/bricks/wasm-checks";
import { inspectWasm, WasmParseError } from "@/lib/bricks/wasm-inspect";
import { BUNDLES, bundleText, wasmModule } from "./helpers";

const realWasm = (name: (typeof BUNDLES)[number]) => hexToU8a(JSON.parse(bundleText(name)).source.wasm);
const rules = (wasm: Uint8Array) => wasmChecks(wasm).problems.map((p) => p.rule);

/** Replaces the first occurrence of `from` (same length) in a copy of `wasm`. */
function patch(wasm: Uint8Array, from: number[], to: number[]): Uint8Array {
  const out = wasm.slice();
  for (let i = 0; i < out.length - from.length; i++) {
    if (from.every((b, j) => out[i + j] === b)) {
      out.set(to, i);
      return out;
    }
  }
  throw new Error("pattern not found");
}
const bytes = (s: string) => [...new TextEncoder().encode(s)];

describe("wasmChecks", () => {
  it.each(BUNDLES)("accepts the real %s wasm", (name) => {
    const { problems, info } = wasmChecks(realWasm(name));
    expect(problems).toEqual([]);
    expect(info!.exports.map((e) => e.name).sort()).toEqual(["call", "deploy"]);
    expect(info!.imports.find((i) => i.kind === "memory")).toMatchObject({
      module: "env",
      name: "memory",
      limits: { min: 2, max: 16 },
    });
    expect(info!.imports.filter((i) => i.kind === "function").every((i) => /^seal[012]$/.test(i.module))).toBe(true);
  });

  it("accepts a minimal hand-made module", () => {
    expect(wasmChecks(wasmModule()).problems).toEqual([]);
  });

  it("catches a tampered export name in a real contract", () => {
    const tampered = patch(realWasm("ink-v5-flipper"), [4, ...bytes("call")], [4, ...bytes("cell")]);
    const [problem] = wasmChecks(tampered).problems;
    expect(problem.rule).toBe("exports");
    expect(problem.message).toMatch(/missing "call"/);
    expect(problem.message).toMatch(/also exports "cell"/);
  });

  it("catches a tampered memory limit in a real contract (17 pages)", () => {
    const tampered = patch(
      realWasm("ink-v4-erc20"),
      [...bytes("memory"), 0x02, 0x01, 2, 16],
      [...bytes("memory"), 0x02, 0x01, 2, 17],
    );
    const { problems } = wasmChecks(tampered);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: "memory" });
    expect(problems[0].message).toMatch(/2\.\.17 memory pages; the chain allows at most 16/);
  });

  it("refuses float instructions and says where", () => {
    const f64const = [0x44, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0x1a]; // f64.const 1.0; drop
    const { problems } = wasmChecks(wasmModule({ body: f64const }));
    expect(problems.map((p) => p.rule)).toEqual(["float"]);
    expect(problems[0].message).toMatch(/floating-point.*function #0 \(opcode 0x44\)/);
  });

  it("refuses bulk memory (memory.fill)", () => {
    expect(rules(wasmModule({ body: [0x41, 0, 0x41, 0, 0x41, 0, 0xfc, 11, 0x00] }))).toEqual(["bulk-memory"]);
  });

  it("refuses imports outside seal0/seal1/seal2 and env.memory", () => {
    const { problems } = wasmChecks(
      wasmModule({
        extraImports: [
          { module: "env", name: "abort" },
          { module: "seal0", name: "input" },
        ],
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/"env\.abort"/);
  });

  it("wants exactly deploy and call", () => {
    expect(rules(wasmModule({ exports: ["deploy", "call", "memory_size"] }))).toEqual(["exports"]);
    expect(rules(wasmModule({ exports: ["deploy"] }))).toEqual(["exports"]);
  });

  it("wants the memory imported, not defined", () => {
    const problems = wasmChecks(wasmModule({ memory: null, definedMemory: true })).problems;
    expect(problems.map((p) => p.rule)).toEqual(["memory"]);
    expect(problems[0].message).toMatch(/imported as env\.memory/);
    expect(rules(wasmModule({ memory: [0x00, 1] }))).toEqual([]); // (memory 1) without a maximum is fine
  });

  it("refuses code above 256 KiB", () => {
    const base = wasmModule();
    // A custom section (id 0, empty name) of padding takes the module one byte past the limit.
    const pad = WASM_LIMITS.maxBytes + 1 - base.length - 4;
    const size = [0x80 | (pad & 0x7f), 0x80 | ((pad >> 7) & 0x7f), (pad >> 14) & 0x7f];
    const padded = new Uint8Array([...base, 0x00, ...size, ...new Uint8Array(pad)]);
    expect(padded.length).toBe(WASM_LIMITS.maxBytes + 1);
    const problems = wasmChecks(padded).problems;
    expect(problems.map((p) => p.rule)).toEqual(["size"]);
    expect(problems[0].message).toMatch(/262,145 bytes; the chain accepts at most 262,144/);
  });

  it("reports bytes that are not wasm as malformed instead of throwing", () => {
    expect(rules(new Uint8Array([1, 2, 3]))).toEqual(["malformed"]);
    expect(() => inspectWasm(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 50]))).toThrow(WasmParseError);
  });
});
