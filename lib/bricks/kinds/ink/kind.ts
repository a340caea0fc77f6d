// ink! v4/v5 `.contract` bundles for pallet-contracts: the original brick kind.
import { checkAbiMapping } from "../../abi-mapping";
import { parseBundle, wasmChecks, type ContractBundle } from "../../bundle";
import type { BundleKind, BundleProblem } from "../types";

const ink = (b: { kind: string }) => b as ContractBundle;

export const inkKind: BundleKind = {
  id: "ink",
  // The fallback: anything that is not another kind's file is read as ink! metadata (with its messages).
  recognises: () => true,
  parse: (json) => parseBundle(json),
  check(b) {
    const bundle = ink(b);
    const problems: BundleProblem[] = wasmChecks(bundle.wasm).problems.map((p) => ({
      jsonPath: "$.source.wasm",
      message: p.message,
      fix: p.fix,
    }));
    if (bundle.declaredHash !== bundle.codeHash)
      problems.unshift({
        jsonPath: "$.source.hash",
        message: `The bundle says its code hash is ${bundle.declaredHash}, but its wasm hashes to ${bundle.codeHash} (blake2-256): the wasm or the hash was changed`,
        fix: "rebuild the bundle with cargo-contract; never edit the wasm or the hash by hand",
      });
    return problems;
  },
  checkMapping: (manifest, b) => checkAbiMapping(manifest, ink(b)),
};
