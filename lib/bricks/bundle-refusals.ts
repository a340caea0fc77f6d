// Plain sentences for bundles Brickyard cannot use, said in the words of the person who built
// them: which ink! they come from, or what the file is missing. Used by bundle.ts before and
// after its schema check, so a zod path or a registry error never reaches a person. Each returns
// the refusal (bundle.ts throws it as a BundleError) or null when the bundle passes.

export type TRefusal = { message: string; fix: string; jsonPath: string };

const REBUILD =
  "rebuild the contract with ink! 4, 5 or 6 (cargo-contract 3 to 6), which write metadata v4/v5 (wasm) or v6 (PolkaVM)";

const refusal = (message: string, fix: string, jsonPath: string): TRefusal => ({ message, fix, jsonPath });

/** Formats older than metadata v4, by name. */
export function refuseOldFormat(o: Record<string, unknown>): TRefusal | null {
  // ink! 3.x and older wrote { metadataVersion: "0.1.0", … } at the top level.
  if (typeof o.metadataVersion === "string") {
    return refusal(
      `This bundle was built with ink! 3.x or older (metadata format ${o.metadataVersion}). ink! 3.x and older are not supported`,
      REBUILD,
      "$.metadataVersion",
    );
  }
  // Metadata V1–V3 (ink! 3.x) keep the spec under a "V1"/"V2"/"V3" key.
  const legacy = Object.keys(o).find((k) => /^V[1-3]$/.test(k));
  if (legacy) {
    return refusal(
      `This bundle uses ink! metadata version ${legacy.slice(1)} (ink! 3.x). Metadata versions 1 to 3 are not supported`,
      REBUILD,
      `$.${legacy}`,
    );
  }
  const v = Number(o.version);
  if (Number.isInteger(v) && v >= 1 && v <= 3) {
    return refusal(
      `This bundle uses ink! metadata version ${v}. Metadata versions 1 to 3 are not supported`,
      REBUILD,
      "$.version",
    );
  }
  return null;
}

/** The metadata-only .json cargo-contract writes next to the .contract has no code in it. */
export function refuseWithoutCode(o: Record<string, unknown>): TRefusal | null {
  const source = o.source;
  const src = typeof source === "object" && source !== null ? (source as Record<string, unknown>) : {};
  // ink! v4/v5 carry wasm in source.wasm; ink! v6 carries PolkaVM code in source.contract_binary.
  if (src.wasm === undefined && src.contract_binary === undefined) {
    return refusal(
      "This file has no contract code (source.wasm or source.contract_binary): it is the contract's ABI only, like the .json file cargo-contract writes next to the .contract",
      "upload the .contract file from target/ink/, which holds both the ABI and the code",
      "$.source.wasm",
    );
  }
  return null;
}

/** A type-table error from @polkadot/types, as a sentence ("…lookupId 999" → "type 999"). */
export function brokenTypeTable(error: unknown): TRefusal | null {
  const text = error instanceof Error ? error.message : String(error);
  if (!/PortableRegistry|lookupId/.test(text)) return null;
  const id = /lookupId (\d+)/.exec(text)?.[1];
  return refusal(
    `The contract's type table is broken: ${id ? `a call or event refers to type ${id}, which the bundle does not define` : "it refers to types the bundle does not define"}`,
    "rebuild the bundle with cargo-contract and upload it unchanged (do not edit the .contract file by hand)",
    "$.types",
  );
}
