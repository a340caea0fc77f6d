// What the form will ask for, as plain data: the brick page lists it ("fields the form will ask
// for") and the form renderer builds its inputs from it. Property order is the schema's order.
import { tokenDecimals } from "./config-formats";
import { labelOf, type JsonSchema, type JsonType } from "./json-schema";

export interface FieldDescription {
  /** Dotted path; list entries use "[]", e.g. "payees[].share". */
  path: string;
  name: string;
  label: string;
  help?: string;
  type: JsonType;
  format?: string;
  default?: unknown;
  required: boolean;
  advanced: boolean;
  /** The allowed values (enum), and the same with labels (`x-enum-labels`) for a select box. */
  enum?: unknown[];
  options?: { value: unknown; label: string }[];
  /** token-amount: fixed decimals, or the field that holds them. */
  decimals?: number | { field: string };
  minimum?: number;
  maximum?: number;
  /** Text fields: the longest answer allowed (the form shows a character counter). */
  maxLength?: number;
  /** Lists of objects: the fields of one entry. */
  items?: FieldDescription[];
  /** Lists of plain values: the entry's own description. */
  item?: FieldDescription;
}

export function describeFields(schema: JsonSchema, prefix = ""): FieldDescription[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, field]) =>
    describe(field, name, `${prefix}${name}`, required.has(name)),
  );
}

function describe(s: JsonSchema, name: string, path: string, required: boolean): FieldDescription {
  const d: FieldDescription = {
    path,
    name,
    label: labelOf(s, name),
    type: s.type ?? "string",
    required,
    advanced: s["x-advanced"] === true,
  };
  if (s.description) d.help = s.description;
  if (s.format) d.format = s.format;
  if (s.default !== undefined) d.default = s.default;
  if (typeof s.minimum === "number") d.minimum = s.minimum;
  if (typeof s.maximum === "number") d.maximum = s.maximum;
  if (typeof s.maxLength === "number") d.maxLength = s.maxLength;
  if (Array.isArray(s.enum)) {
    const labels = s["x-enum-labels"];
    d.enum = s.enum;
    d.options = s.enum.map((value, i) => ({
      value,
      label: Array.isArray(labels) && typeof labels[i] === "string" ? labels[i] : String(value),
    }));
  }
  if (s.format === "token-amount") {
    const fixed = tokenDecimals(s, undefined);
    const field = s["x-decimals-field"];
    if (fixed !== undefined) d.decimals = fixed;
    else if (typeof field === "string") d.decimals = { field };
  }
  if (s.type === "array" && s.items) {
    if (s.items.type === "object") d.items = describeFields(s.items, `${path}[].`);
    else d.item = describe(s.items, name, `${path}[]`, true);
  }
  if (s.type === "object") d.items = describeFields(s, `${path}.`);
  return d;
}
