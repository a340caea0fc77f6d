// Solidity bundles (`.sol.json`, resolc PolkaVM code) for pallet-revive.
import { bytesToHex } from "viem";
import { checkSolidityMapping } from "./check-mapping";
import { parseSolidityBundle, type SolidityBundle } from "./parse-bundle";
import { isSolidityBundleJson } from "./schema";
import type { BundleKind, BundleProblem } from "../types";

const sol = (b: { kind: string }) => b as SolidityBundle;

/** pallet-revive refuses larger code (its `CodeLenLimit`); the exact figure is the chain's. */
export const MAX_POLKAVM_CODE = 1024 * 1024;

export const solidityKind: BundleKind = {
  ids: ["solidity"],
  recognises: isSolidityBundleJson,
  parse: parseSolidityBundle,
  fromStored: (abi, code) => parseSolidityBundle({ ...abi, code: bytesToHex(code) }),
  check(b) {
    const bundle = sol(b);
    const problems: BundleProblem[] = [];
    if (bundle.declaredHash !== bundle.codeHash)
      problems.push({
        jsonPath: "$.codeHash",
        message: `The bundle says its code hash is ${bundle.declaredHash}, but its code hashes to ${bundle.codeHash} (keccak-256): the code or the hash was changed`,
        fix: "rebuild the bundle with `npm run bricks:build`; never edit the code or the hash by hand",
      });
    if (bundle.wasm.length > MAX_POLKAVM_CODE)
      problems.push({
        jsonPath: "$.code",
        message: `The code is ${bundle.wasm.length.toLocaleString("en-US")} bytes, more than pallet-revive accepts (${MAX_POLKAVM_CODE.toLocaleString("en-US")})`,
        fix: "split the contract or drop features",
      });
    return problems;
  },
  checkMapping: (manifest, b) => checkSolidityMapping(manifest, sol(b)),
};
