// Hashes of JSON data (input, state, output) over canonical JSON, so the same data hashes the same
// whatever order its keys were written in.
import { canonicalJson } from "@/lib/audits/canonical-json";
import { hashText } from "../sandbox/hash";

export function hashJson(value: unknown): string {
  return hashText(canonicalJson(value ?? null));
}
