// A kind of contract bundle a brick may ship: ink! (.contract, pallet-contracts) or Solidity
// (.sol.json, pallet-revive). check-brick.ts asks the kind that recognises the file to parse it,
// check it and check the manifest's mappings against its ABI, instead of branching on the kind.
import type { ContractBundle } from "../bundle";
import type { TManifest } from "../manifest-schema";
import type { MappingProblem } from "../resolve-call";
import type { SolidityBundle } from "./solidity/parse-bundle";

export type AnyBundle = ContractBundle | SolidityBundle;

export interface BundleProblem {
  /** JSON path inside the bundle file. */
  jsonPath: string;
  message: string;
  fix: string;
}

export interface BundleKind {
  id: AnyBundle["kind"];
  /** Whether this kind reads that (parsed) bundle file. */
  recognises(json: unknown): boolean;
  /** Parses it; throws BundleError when it cannot be used at all. */
  parse(json: unknown): AnyBundle;
  /** What is wrong with a parsed bundle (declared vs computed hash, the platform's code rules). */
  check(bundle: AnyBundle): BundleProblem[];
  /** The manifest's argument mappings against the bundle's ABI. */
  checkMapping(manifest: TManifest, bundle: AnyBundle): MappingProblem[];
}
