// Shared by the brick unit tests: the real ink! bundles in ../shared (read, never copied), and a
// tiny wasm assembler for modules that break one chain rule at a time.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

export const SHARED_CONTRACTS = path.resolve(here, "../../../../shared/contracts");
export const FIXTURE_BRICKS = path.resolve(here, "../../fixtures/bricks");
export const BUNDLES = ["ink-v4-flipper", "ink-v4-erc20", "ink-v5-flipper", "ink-v5-erc20"] as const;

export function bundleText(name: (typeof BUNDLES)[number] | "ink-v6-flipper" | "ink-v6-erc20"): string {
  return readFileSync(path.join(SHARED_CONTRACTS, `${name}.contract.json`), "utf8");
}

export const ALICE = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
export const BOB = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";
/** Alice's key with the Polkadot prefix (0): another spelling of the same account. */
export const ALICE_POLKADOT = "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5";

const utf8 = (s: string) => [...new TextEncoder().encode(s)];
const name = (s: string) => [utf8(s).length, ...utf8(s)];
const section = (id: number, body: number[]) => [id, body.length, ...body];

export interface ModuleParts {
  memory?: number[] | null; // import limits bytes, e.g. [0x01, 2, 16]; null: no memory import
  definedMemory?: boolean;
  extraImports?: { module: string; name: string }[];
  exports?: string[];
  body?: number[]; // instructions of the first function, before `end`
}

/** A module with one `() -> ()` type, functions for each export, bodies `end` (or `body`). */
export function wasmModule(parts: ModuleParts = {}): Uint8Array {
  const exports = parts.exports ?? ["deploy", "call"];
  const imports: number[][] = [];
  for (const imp of parts.extraImports ?? []) imports.push([...name(imp.module), ...name(imp.name), 0x00, 0]);
  if (parts.memory !== null)
    imports.push([...name("env"), ...name("memory"), 0x02, ...(parts.memory ?? [0x01, 2, 16])]);
  const fnCount = Math.max(exports.length, 1);
  const importedFns = (parts.extraImports ?? []).length;
  const bodies = Array.from({ length: fnCount }, (_, i) => {
    const code = [0x00, ...(i === 0 ? (parts.body ?? []) : []), 0x0b];
    return [code.length, ...code];
  });
  return new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(2, [imports.length, ...imports.flat()]),
    ...section(3, [fnCount, ...Array(fnCount).fill(0)]),
    ...(parts.definedMemory ? section(5, [1, 0x00, 1]) : []),
    ...section(7, [exports.length, ...exports.flatMap((e, i) => [...name(e), 0x00, importedFns + i])]),
    ...section(10, [fnCount, ...bodies.flat()]),
  ]);
}
