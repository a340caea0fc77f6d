// ink! metadata keeps types in a scale-info registry (numbered, nested). The brick checks need them
// as small structured values ("is this a u128? an Option of an AccountId?") and people need them
// as the names they know from Rust ("Option<AccountId>", "(AccountId, u32)"). api-contract's own
// TypeDef reports display names ("Balance") rather than what they resolve to, hence this module.

export type IntName = "u8" | "u16" | "u32" | "u64" | "u128" | "u256" | "i8" | "i16" | "i32" | "i64" | "i128";

export type InkType =
  | { kind: "int"; name: IntName }
  | { kind: "bool" }
  | { kind: "string" }
  | { kind: "account" }
  /** ink! v6 (pallet-revive): a 20-byte address; an SS58 account is given as the H160 it maps to. */
  | { kind: "h160" }
  | { kind: "hash" }
  | { kind: "vec"; of: InkType }
  | { kind: "array"; len: number; of: InkType }
  | { kind: "option"; of: InkType }
  | { kind: "result"; ok: InkType; err: InkType }
  | { kind: "tuple"; of: InkType[] }
  /** Structs, enums and anything else bricks cannot fill from a form: shown by name only. */
  | { kind: "other"; name: string };

export const INT_RANGES: Record<IntName, { min: bigint; max: bigint }> = {
  u8: { min: 0n, max: 2n ** 8n - 1n },
  u16: { min: 0n, max: 2n ** 16n - 1n },
  u32: { min: 0n, max: 2n ** 32n - 1n },
  u64: { min: 0n, max: 2n ** 64n - 1n },
  u128: { min: 0n, max: 2n ** 128n - 1n },
  u256: { min: 0n, max: 2n ** 256n - 1n },
  i8: { min: -(2n ** 7n), max: 2n ** 7n - 1n },
  i16: { min: -(2n ** 15n), max: 2n ** 15n - 1n },
  i32: { min: -(2n ** 31n), max: 2n ** 31n - 1n },
  i64: { min: -(2n ** 63n), max: 2n ** 63n - 1n },
  i128: { min: -(2n ** 127n), max: 2n ** 127n - 1n },
};

/** One entry of the metadata's `types` array (scale-info portable form). */
export interface RegistryEntry {
  id: number;
  type: {
    path?: string[];
    params?: { name: string; type?: number }[];
    def: Record<string, unknown>;
  };
}

/** Resolves type ids of one bundle's registry to InkType; unknown ids throw (a broken bundle). */
export function makeTypeResolver(types: RegistryEntry[]): (id: number) => InkType {
  const byId = new Map(types.map((t) => [t.id, t.type]));
  const cache = new Map<number, InkType>();
  const resolve = (id: number, seen: Set<number>): InkType => {
    const hit = cache.get(id);
    if (hit) return hit;
    const entry = byId.get(id);
    if (!entry) throw new Error(`type #${id} is not in the metadata's type registry`);
    if (seen.has(id)) return { kind: "other", name: lastName(entry.path) || `#${id}` };
    const next = new Set(seen).add(id);
    const t = toInkType(entry, (ref) => resolve(ref, next), id);
    cache.set(id, t);
    return t;
  };
  return (id) => resolve(id, new Set());
}

function lastName(path?: string[]) {
  return path && path.length ? path[path.length - 1] : "";
}

function toInkType(entry: RegistryEntry["type"], sub: (id: number) => InkType, id: number): InkType {
  const def = entry.def;
  const path = (entry.path ?? []).join("::");
  const param = (i: number) => sub(entry.params?.[i]?.type as number);
  if (path === "ink_primitives::types::AccountId") return { kind: "account" };
  if (path === "ink_primitives::types::Hash") return { kind: "hash" };
  // ink! v6 takes Ethereum's types on pallet-revive; @polkadot/api-contract encodes them as its H160 / U256.
  if (path === "primitive_types::H160") return { kind: "h160" };
  if (path === "primitive_types::U256") return { kind: "int", name: "u256" };
  if (path === "Option" && entry.params?.length === 1) return { kind: "option", of: param(0) };
  if (path === "Result" && entry.params?.length === 2) return { kind: "result", ok: param(0), err: param(1) };
  if ("primitive" in def) {
    const p = def.primitive as string;
    if (p === "bool") return { kind: "bool" };
    if (p === "str") return { kind: "string" };
    if (p in INT_RANGES) return { kind: "int", name: p as IntName };
    return { kind: "other", name: p };
  }
  if ("compact" in def) return sub((def.compact as { type: number }).type);
  if ("sequence" in def) return { kind: "vec", of: sub((def.sequence as { type: number }).type) };
  if ("array" in def) {
    const a = def.array as { len: number; type: number };
    return { kind: "array", len: a.len, of: sub(a.type) };
  }
  if ("tuple" in def) return { kind: "tuple", of: (def.tuple as number[]).map(sub) };
  return { kind: "other", name: lastName(entry.path) || `#${id}` };
}

/** The Rust-style name a person recognises: "u128", "Vec<u8>", "Option<AccountId>", "(AccountId, u32)". */
export function typeName(t: InkType): string {
  switch (t.kind) {
    case "int":
      return t.name;
    case "bool":
      return "bool";
    case "string":
      return "String";
    case "account":
      return "AccountId";
    case "h160":
      return "H160";
    case "hash":
      return "Hash";
    case "vec":
      return `Vec<${typeName(t.of)}>`;
    case "array":
      return `[${typeName(t.of)}; ${t.len}]`;
    case "option":
      return `Option<${typeName(t.of)}>`;
    case "result":
      return `Result<${typeName(t.ok)}, ${typeName(t.err)}>`;
    case "tuple":
      return t.of.length === 0 ? "()" : `(${t.of.map(typeName).join(", ")})`;
    case "other":
      return t.name;
  }
}

/** Messages and constructors return Result<T, LangError>; callers want T. */
export function unwrapLangResult(t: InkType): InkType {
  return t.kind === "result" && t.err.kind === "other" && t.err.name === "LangError" ? t.ok : t;
}
