// The bundle kinds a brick may ship, most specific first (ink! is the fallback).
import { functionKind } from "./function/kind";
import { inkKind } from "./ink/kind";
import { solidityKind } from "./solidity/kind";
import type { BundleKind } from "./types";

export type { AnyBundle, BundleKind, BundleProblem, ContractKindBundle } from "./types";

const KINDS: BundleKind[] = [functionKind, solidityKind, inkKind];

export function kindFor(json: unknown): BundleKind {
  return KINDS.find((k) => k.recognises(json)) ?? inkKind;
}

export function kindById(id: string): BundleKind | undefined {
  return KINDS.find((k) => (k.ids as string[]).includes(id));
}

/** A published version's bundle, read by the kind its stored ABI belongs to (ink! or Solidity). */
export function storedBundle(abi: Record<string, unknown>, code: Uint8Array) {
  return kindFor(abi).fromStored(abi, code);
}
