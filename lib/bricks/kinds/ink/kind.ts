// ink! `.contract` bundles: v4/v5 (wasm, pallet-contracts), the original brick kind, and v6 (PolkaVM, pallet-revive).
import { u8aToHex } from "@polkadot/util";
import { checkAbiMapping } from "../../abi-mapping";
import { parseBundle, wasmChecks, type ContractBundle } from "../../bundle";
import type { BundleKind, BundleProblem } from "../types";

const ink = (b: { kind: string }) => b as ContractBundle;

export const inkKind: BundleKind = {
  ids: ["ink", "ink-v6"],
  // The fallback: anything that is not another kind's file is read as ink! metadata (with its messages).
  recognises: () => true,
  parse: (json) => parseBundle(json),
  fromStored: (abi, code) =>
    parseBundle({ ...abi, source: { ...((abi.source ?? {}) as Record<string, unknown>), wasm: u8aToHex(code) } }),
  check(b) {
    const bundle = ink(b);
    // The wasm rules are pallet-contracts'; PolkaVM code (ink! v6) is checked by pallet-revive's dry-run.
    const wasm = bundle.platform === "contracts" ? wasmChecks(bundle.wasm).problems : [];
    const problems: BundleProblem[] = wasm.map((p) => ({ jsonPath: "$.source.wasm", message: p.message, fix: p.fix }));
    if (bundle.declaredHash !== bundle.codeHash)
      problems.unshift({
        jsonPath: "$.source.hash",
        message:
          bundle.platform === "revive"
            ? `The bundle says its code hash is ${bundle.declaredHash}, but its code hashes to ${bundle.codeHash} (keccak-256): the code or the hash was changed`
            : `The bundle says its code hash is ${bundle.declaredHash}, but its wasm hashes to ${bundle.codeHash} (blake2-256): the wasm or the hash was changed`,
        fix: "rebuild the bundle with cargo-contract; never edit the wasm or the hash by hand",
      });
    return problems;
  },
  checkMapping: (manifest, b) => checkAbiMapping(manifest, ink(b)),
};
