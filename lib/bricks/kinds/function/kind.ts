// Function bricks as a bundle kind: the "bundle" of a function brick version is its JavaScript source
// (stored in BrickVersion.wasm as UTF-8, like the code bytes of any kind) and its code hash is the
// sha-256 every run's receipt names. Publishing, attesting and yanking then go through the same path
// as contract bricks (publish-brick-version.ts); the delivery mapping is checked by
// check-function-brick.ts against the contract bricks it feeds, so checkMapping has nothing to add.
import { z } from "zod";
import { BundleError } from "../../bundle";
import { hashText } from "@/lib/functions/sandbox/hash";
import type { BundleKind, BundleProblem } from "../types";

export type FunctionBundle = {
  kind: "function";
  /** Runs off-chain, in Brickyard's sandbox: no chain platform, so no network lists it for deploys. */
  platform: "offchain";
  /** The source text as UTF-8 bytes. */
  wasm: Uint8Array;
  declaredHash: string;
  /** "0x" + sha-256 of the source, computed here. */
  codeHash: string;
  /** What is stored as the "ABI": the delivery mapping and the bricks it feeds (no code). */
  metadata: Record<string, unknown>;
};

/** The file form of a function bundle: the source inline, with the hash its author declares. */
export const ZFunctionBundleFile = z.object({
  kind: z.literal("function"),
  source: z.string().min(1),
  codeHash: z.string(),
  metadata: z.record(z.string(), z.unknown()).default({}),
});

export function functionBundle(
  source: string,
  declaredHash: string,
  metadata: Record<string, unknown>,
): FunctionBundle {
  return {
    kind: "function",
    platform: "offchain",
    wasm: new TextEncoder().encode(source),
    declaredHash: declaredHash.toLowerCase(),
    codeHash: hashText(source),
    metadata,
  };
}

/** The source text back from a stored version's bytes. */
export function functionSourceOf(wasm: Uint8Array): string {
  return new TextDecoder().decode(wasm);
}

const fn = (b: { kind: string }) => b as FunctionBundle;

export const functionKind: BundleKind = {
  ids: ["function"],
  recognises: (json) => ZFunctionBundleFile.safeParse(json).success,
  parse(json) {
    const parsed = ZFunctionBundleFile.safeParse(json);
    if (!parsed.success)
      throw new BundleError("This is not a function bundle", 'send { kind: "function", source, codeHash }');
    return functionBundle(parsed.data.source, parsed.data.codeHash, parsed.data.metadata);
  },
  check(b) {
    const bundle = fn(b);
    const problems: BundleProblem[] = [];
    if (bundle.declaredHash !== bundle.codeHash)
      problems.push({
        jsonPath: "$.codeHash",
        message: `The function says its code hash is ${bundle.declaredHash}, but its source hashes to ${bundle.codeHash} (sha-256)`,
        fix: `set "codeHash": "${bundle.codeHash}"`,
      });
    return problems;
  },
  // Stored versions keep the source as the code bytes and the metadata as the "ABI".
  fromStored: (abi, code) => {
    const source = functionSourceOf(code);
    return functionBundle(source, hashText(source), abi);
  },
  checkMapping: () => [],
};
