// A kind of contract bundle a brick may ship: ink! (.contract; v4/v5 for pallet-contracts, v6 for
// pallet-revive) or Solidity (.sol.json, pallet-revive). check-brick.ts asks the kind that recognises
// the file to parse and check it and its mappings, instead of branching on the kind.
import type { ContractBundle } from "../bundle";
import type { TManifest } from "../manifest-schema";
import type { MappingProblem } from "../resolve-call";
import type { FunctionBundle } from "./function/kind";
import type { SolidityBundle } from "./solidity/parse-bundle";

/** The bundles of contract bricks (brick.json). */
export type ContractKindBundle = ContractBundle | SolidityBundle;
/** Every kind, function bricks (function-brick.json) included. */
export type AnyBundle = ContractKindBundle | FunctionBundle;

export interface BundleProblem {
  /** JSON path inside the bundle file. */
  jsonPath: string;
  message: string;
  fix: string;
}

export interface BundleKind {
  /** The bundle kinds (BrickVersion.bundleKind) it reads. */
  ids: AnyBundle["kind"][];
  /** Whether this kind reads that (parsed) bundle file. */
  recognises(json: unknown): boolean;
  /** Parses it; throws BundleError when it cannot be used at all. */
  parse(json: unknown): AnyBundle;
  /** A published version back into its bundle: the stored ABI (BrickVersion.abi, without code) and its code. */
  fromStored(abi: Record<string, unknown>, code: Uint8Array): AnyBundle;
  /** What is wrong with a parsed bundle (declared vs computed hash, the platform's code rules). */
  check(bundle: AnyBundle): BundleProblem[];
  /** The manifest's argument mappings against the bundle's ABI. */
  checkMapping(manifest: TManifest, bundle: AnyBundle): MappingProblem[];
}
