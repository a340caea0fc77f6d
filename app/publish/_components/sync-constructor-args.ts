// When the bundle or the chosen constructor changes, the mapping table follows the ABI: one row per
// argument, keeping what the author already chose for an argument of the same name, and guessing
// a config field of the same name for a new one. Pure.
import type { BundleInfo } from "@/lib/publishing/check-draft";
import type { TConstructorArg } from "@/lib/publishing/schemas";

export function syncConstructorArgs(
  info: BundleInfo | null,
  constructorName: string,
  rows: TConstructorArg[],
  configFields: string[],
): TConstructorArg[] | null {
  const ctor = info?.constructors.find((c) => c.label === constructorName);
  if (!ctor) return null;
  const next = ctor.args.map((a) => {
    const kept = rows.find((r) => r.arg === a.name);
    if (kept) return kept;
    const guess = configFields.find((f) => f === a.name || f.toLowerCase() === a.name.replace(/_/g, "").toLowerCase());
    return {
      arg: a.name,
      kind: guess ? "field" : a.type === "AccountId" ? "signer" : "field",
      field: guess ?? "",
      pick: "",
      value: "",
    } as TConstructorArg;
  });
  const same = next.length === rows.length && next.every((r, i) => r === rows[i]);
  return same ? null : next;
}
