// The metadata file uploaded with an unknown contract: ink! metadata (the .json cargo-contract
// writes, or the whole .contract), read by the same parser published bricks go through. The code,
// when the file carries it, is checked against the hash the file declares and then dropped: only
// the ABI is stored. Every refusal names the "abi" field.
import "server-only";
import { BundleError, parseBundle, type ContractBundle } from "@/lib/bricks/bundle";
import { AppError } from "@/lib/errors";

/** What a watched version stores as its code: the code itself stays on chain, never in Brickyard. */
export const WATCHED_CODE_STAND_IN = "0x00";

const refuse = (message: string) => new AppError("BAD_INPUT", { userMessage: message, fields: { abi: [message] } });

export function readWatchedAbi(text: string): ContractBundle {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refuse("This file is not JSON: choose the contract's metadata (.json) or .contract file.");
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw refuse("This file is not contract metadata: choose the contract's metadata (.json) or .contract file.");
  const o = json as Record<string, unknown>;
  const source = (typeof o.source === "object" && o.source !== null ? o.source : {}) as Record<string, unknown>;
  const hasCode = source.wasm !== undefined || source.contract_binary !== undefined;
  let bundle: ContractBundle;
  try {
    // The metadata .json has no code: a one-byte stand-in lets the same parser read its ABI.
    bundle = parseBundle(hasCode ? o : { ...o, source: { ...source, wasm: WATCHED_CODE_STAND_IN } });
  } catch (error) {
    if (error instanceof BundleError) throw refuse(`This metadata cannot be read: ${error.message}.`);
    // An uploaded file is untrusted: whatever else the parser trips on is the file's fault, not a 500.
    throw refuse("This metadata cannot be read: choose the metadata (.json) or .contract file cargo-contract wrote.");
  }
  if (hasCode && bundle.codeHash !== bundle.declaredHash)
    throw refuse(
      `The file says its code hash is ${bundle.declaredHash}, but the code inside hashes to ${bundle.codeHash}: the file was changed. Use the file cargo-contract wrote.`,
    );
  return bundle;
}
