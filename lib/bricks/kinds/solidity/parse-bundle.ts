// Reads a Solidity bundle (`<slug>.sol.json`): validates its shape and ABI (abitype's zod schema),
// recomputes the code hash pallet-revive uses (keccak-256 of the PolkaVM blob) and keeps the code
// apart from what is stored and served as the ABI. The bundle's own `codeHash` is never trusted.
import type { Abi, AbiConstructor, AbiEvent, AbiFunction } from "abitype";
import { hexToBytes, type Hex } from "viem";
import { BundleError } from "../../bundle";
import { codeHashOf } from "./code-hash";
import { ZSolidityBundleFile, type TStandardJsonInput } from "./schema";

/** PolkaVM program blobs start with "PVM\0". */
const PVM_MAGIC = [0x50, 0x56, 0x4d, 0x00];

export interface SolidityBundle {
  kind: "solidity";
  platform: "revive";
  contract: { file: string; name: string };
  abi: Abi;
  /** The PolkaVM code (stored in BrickVersion.wasm, which holds the code bytes of any kind). */
  wasm: Uint8Array;
  /** `codeHash` as written in the bundle (lower-case). */
  declaredHash: string;
  /** keccak-256 of the code, computed here. */
  codeHash: string;
  compiler: { resolc: string; solc: string };
  input: TStandardJsonInput;
  constructorAbi: AbiConstructor | undefined;
  functions: AbiFunction[];
  events: AbiEvent[];
  /** The bundle without its code: what is stored and served as the ABI (it carries the sources). */
  metadata: Record<string, unknown>;
}

export function parseSolidityBundle(json: unknown): SolidityBundle {
  const parsed = ZSolidityBundleFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BundleError(
      `The Solidity bundle is missing or has a wrong ${issue.path.join(".") || "shape"}: ${issue.message}`,
      "build it with `npm run bricks:build` (or the same resolc standard-JSON output), unchanged",
      "$." + issue.path.join("."),
    );
  }
  const raw = parsed.data;
  const code = hexToBytes(raw.code as Hex);
  if (!PVM_MAGIC.every((b, i) => code[i] === b)) {
    throw new BundleError(
      "The Solidity bundle's code is not a PolkaVM program (it must start with PVM\\0)",
      "compile with resolc (not solc, whose EVM bytecode pallet-revive does not run)",
      "$.code",
    );
  }
  if (!(raw.contract.file in raw.input.sources)) {
    throw new BundleError(
      `The contract's file ${raw.contract.file} is not among the compiler input's sources`,
      "name the file as it appears in input.sources",
      "$.contract.file",
    );
  }
  const abi = raw.abi as Abi;
  const { code: _code, ...metadata } = raw;
  void _code;
  return {
    kind: "solidity",
    platform: "revive",
    contract: raw.contract,
    abi,
    wasm: code,
    declaredHash: raw.codeHash.toLowerCase(),
    codeHash: codeHashOf(code),
    compiler: raw.compiler,
    input: raw.input,
    constructorAbi: abi.find((x): x is AbiConstructor => x.type === "constructor"),
    functions: abi.filter((x): x is AbiFunction => x.type === "function"),
    events: abi.filter((x): x is AbiEvent => x.type === "event"),
    metadata: metadata as Record<string, unknown>,
  };
}

/** The stored metadata (BrickVersion.abi of a Solidity version) back into its parts, without code. */
export function readStoredSolidity(metadata: unknown) {
  return ZSolidityBundleFile.omit({ code: true }).parse(metadata);
}
