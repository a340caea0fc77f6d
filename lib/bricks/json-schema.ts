// The subset of JSON Schema 2020-12 a brick's form uses, plus Brickyard's `x-` keywords. Shared by
// the config validator, the static checks and the form description; browser-safe.

export type JsonType = "object" | "array" | "string" | "integer" | "number" | "boolean";

export interface SumRule {
  kind: "sum";
  /** An array property of the object the rule sits on. */
  array: string;
  /** A number property of the array's items. */
  field: string;
  equals?: number;
  min?: number;
  max?: number;
  message?: string;
}
export interface UniqueRule {
  kind: "unique";
  array: string;
  /** A property of the items; omitted for arrays of plain values. */
  field?: string;
  message?: string;
}
export type ConfigRule = SumRule | UniqueRule;

export interface JsonSchema {
  type?: JsonType;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  default?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  /** token-amount: a fixed number of decimals. */
  "x-decimals"?: number;
  /** token-amount: the sibling field holding the number of decimals. */
  "x-decimals-field"?: string;
  /** duration: the unit the contract expects; ink!'s Timestamp is milliseconds. */
  "x-unit"?: "s" | "ms";
  /** Hidden behind "Advanced" in the form. */
  "x-advanced"?: boolean;
  /** Shown instead of the generic "has the wrong format" when `pattern` fails. */
  "x-pattern-message"?: string;
  /** Labels for `enum` values, same order. */
  "x-enum-labels"?: string[];
  /** Cross-field rules on this object's arrays. */
  "x-rules"?: ConfigRule[];
  [keyword: string]: unknown;
}

export type Path = (string | number)[];

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `$.constructor.args.total_supply`, `$.payees[2].share`, `$["x-rules"][0]` */
export function toJsonPath(path: Path): string {
  return (
    "$" +
    path
      .map((p) =>
        typeof p === "number" ? `[${p}]` : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`,
      )
      .join("")
  );
}

/** The sub-schema a data path points at (array indexes step into `items`). */
export function schemaAt(schema: JsonSchema, path: Path): JsonSchema | undefined {
  let s: JsonSchema | undefined = schema;
  for (const p of path) {
    if (!s) return undefined;
    s = typeof p === "number" ? s.items : s.properties?.[p];
  }
  return s;
}

export function valueAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/** "initialSupply" / "initial_supply" → "Initial supply": a label when the schema gives no title. */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function labelOf(schema: JsonSchema | undefined, key: string | number | undefined): string {
  return schema?.title ?? (typeof key === "string" ? humanize(key) : "This field");
}

/** Form inputs give "" for an untouched text box: for optional fields that means "not given". */
export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || v === "";
}
