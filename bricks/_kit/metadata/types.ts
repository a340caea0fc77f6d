// Type descriptors for contract specs (spec.ts). Each descriptor is what ink! metadata calls a
// portable type (scale-info), plus the name the type is written with in Rust source — used for
// `displayName` and for event signature topics, e.g. `Option<AccountId>` or `Balance`.

export type Primitive =
  "bool" | "char" | "str" | "u8" | "u16" | "u32" | "u64" | "u128" | "i8" | "i16" | "i32" | "i64" | "i128";

export interface Field {
  name?: string;
  type: Ty;
  typeName?: string;
  docs?: string[];
}
export interface Variant {
  name: string;
  index: number;
  fields: Field[];
  docs?: string[];
}
export interface Param {
  name: string;
  type: Ty | null;
}

interface Named {
  /** How the type is written in source: the display name (e.g. ["Balance"]) and signature text. */
  display: string[];
}
export type Ty =
  | (Named & { kind: "primitive"; prim: Primitive })
  | (Named & { kind: "composite"; path: string[]; fields: Field[]; params?: Param[]; docs?: string[] })
  | (Named & { kind: "variant"; path: string[]; variants: Variant[]; params?: Param[]; docs?: string[] })
  | (Named & { kind: "sequence"; of: Ty })
  | (Named & { kind: "array"; len: number; of: Ty })
  | (Named & { kind: "tuple"; of: Ty[] });

const prim = (p: Primitive, display?: string): Ty => ({
  kind: "primitive",
  prim: p,
  display: [display ?? (p === "str" ? "String" : p)],
});
const u8 = prim("u8");
const bytes32 = (name: "AccountId" | "Hash"): Ty => ({
  kind: "composite",
  path: ["ink_primitives", "types", name],
  fields: [{ type: { kind: "array", len: 32, of: u8, display: [] }, typeName: "[u8; 32]" }],
  display: [name],
});

/** The text a type has in an event signature / Rust source. */
export function sourceName(ty: Ty): string {
  const name = ty.display.length > 0 ? ty.display[ty.display.length - 1] : "";
  switch (ty.kind) {
    case "sequence":
      return `${name || "Vec"}<${sourceName(ty.of)}>`;
    case "array":
      return `[${sourceName(ty.of)}; ${ty.len}]`;
    case "tuple":
      return `(${ty.of.map(sourceName).join(",")})`;
    case "variant":
    case "composite": {
      const params = (ty.params ?? []).filter((p) => p.type !== null);
      return params.length > 0 ? `${name}<${params.map((p) => sourceName(p.type as Ty)).join(",")}>` : name;
    }
    default:
      return name;
  }
}

/** A variant type whose variants carry no data (a plain Rust enum such as an Error). */
export function isUnitEnum(ty: Ty): ty is Extract<Ty, { kind: "variant" }> {
  return (
    ty.kind === "variant" &&
    ty.variants.every((v) => v.fields.length === 0) &&
    !["Option", "Result"].includes(ty.path[0] ?? "")
  );
}
export function isUnit(ty: Ty): boolean {
  return ty.kind === "tuple" && ty.of.length === 0;
}
type VariantTy = Extract<Ty, { kind: "variant" }>;
/** The Option<T> type (or null). */
export function asOption(ty: Ty): VariantTy | null {
  return ty.kind === "variant" && ty.path.length === 1 && ty.path[0] === "Option" ? ty : null;
}
/** The Result<T, E> type (or null). */
export function asResult(ty: Ty): VariantTy | null {
  return ty.kind === "variant" && ty.path.length === 1 && ty.path[0] === "Result" ? ty : null;
}

/** Type builders for spec.ts. */
export const t = {
  bool: prim("bool"),
  u8,
  u16: prim("u16"),
  u32: prim("u32"),
  u64: prim("u64"),
  u128: prim("u128"),
  i8: prim("i8"),
  i16: prim("i16"),
  i32: prim("i32"),
  i64: prim("i64"),
  i128: prim("i128"),
  /** Rust `String` (SCALE: Compact(len) ++ UTF-8). */
  String: prim("str"),
  /** u128 written `Balance` (ink!'s environment type). */
  Balance: prim("u128", "Balance"),
  /** u64 milliseconds, written `Timestamp`. */
  Timestamp: prim("u64", "Timestamp"),
  /** u32, written `BlockNumber`. */
  BlockNumber: prim("u32", "BlockNumber"),
  AccountId: bytes32("AccountId"),
  Hash: bytes32("Hash"),
  /** `()` */
  unit: { kind: "tuple", of: [], display: [] } as Ty,
  vec: (of: Ty): Ty => ({ kind: "sequence", of, display: ["Vec"] }),
  /** `Vec<u8>` */
  bytes: { kind: "sequence", of: u8, display: ["Vec"] } as Ty,
  array: (len: number, of: Ty): Ty => ({ kind: "array", len, of, display: [] }),
  tuple: (...of: Ty[]): Ty => ({ kind: "tuple", of, display: [] }),
  option: (of: Ty): Ty => ({
    kind: "variant",
    path: ["Option"],
    params: [{ name: "T", type: of }],
    variants: [
      { name: "None", index: 0, fields: [] },
      { name: "Some", index: 1, fields: [{ type: of }] },
    ],
    display: ["Option"],
  }),
  result: (ok: Ty, err: Ty): Ty => ({
    kind: "variant",
    path: ["Result"],
    params: [
      { name: "T", type: ok },
      { name: "E", type: err },
    ],
    variants: [
      { name: "Ok", index: 0, fields: [{ type: ok }] },
      { name: "Err", index: 1, fields: [{ type: err }] },
    ],
    display: ["Result"],
  }),
  /** A plain enum (variants without data), e.g. an Error; `path` like ["my_contract", "Error"]. */
  enumOf: (path: string[], variants: (string | { name: string; docs?: string[] })[], docs?: string[]): Ty => ({
    kind: "variant",
    path,
    variants: variants.map((v, index) =>
      typeof v === "string" ? { name: v, index, fields: [] } : { name: v.name, index, fields: [], docs: v.docs },
    ),
    docs,
    display: [path[path.length - 1]],
  }),
  /** An enum with data: `variants` in index order. */
  variant: (path: string[], variants: { name: string; fields?: Field[]; docs?: string[] }[], docs?: string[]): Ty => ({
    kind: "variant",
    path,
    variants: variants.map((v, index) => ({ name: v.name, index, fields: v.fields ?? [], docs: v.docs })),
    docs,
    display: [path[path.length - 1]],
  }),
  struct: (path: string[], fields: { name: string; type: Ty; docs?: string[] }[], docs?: string[]): Ty => ({
    kind: "composite",
    path,
    fields: fields.map((f) => ({ name: f.name, type: f.type, typeName: sourceName(f.type), docs: f.docs })),
    docs,
    display: [path[path.length - 1]],
  }),
  /** The same type under another display name (e.g. a type alias in the original source). */
  alias: (ty: Ty, name: string): Ty => ({ ...ty, display: [name] }),
};
