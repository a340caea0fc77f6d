// Cross-field rules (`x-rules`) that JSON Schema cannot say, such as "shares add up to 100%" or
// "each payee only once". Each broken rule becomes an issue on the field a person has to change.
// decodeSs58, not util-crypto's decodeAddress: this file runs in the browser, and util-crypto would bring
// @polkadot/wasm-crypto (~169 KB gzip) into every page with a form. See lib/chain/ss58.ts.
import { decodeSs58 as decodeAddress } from "@/lib/chain/ss58";
import { u8aToHex } from "@polkadot/util";
import { labelOf, type ConfigRule, type JsonSchema, type Path } from "./json-schema";

export interface ConfigIssue {
  path: Path;
  message: string;
}

/** Applies the rules declared on one object schema to its value. Values of the wrong type are skipped (the structural check reports them). */
export function checkRules(schema: JsonSchema, value: Record<string, unknown>, at: Path): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const rule of schema["x-rules"] ?? []) {
    const items = value[rule.array];
    if (!Array.isArray(items)) continue;
    const itemSchema = schema.properties?.[rule.array]?.items;
    if (rule.kind === "sum") issues.push(...sumIssues(rule, items, itemSchema, [...at, rule.array]));
    else if (rule.kind === "unique") issues.push(...uniqueIssues(rule, items, itemSchema, [...at, rule.array]));
  }
  return issues;
}

function sumIssues(
  rule: Extract<ConfigRule, { kind: "sum" }>,
  items: unknown[],
  itemSchema: JsonSchema | undefined,
  at: Path,
): ConfigIssue[] {
  let total = 0;
  for (const item of items) {
    const v = item && typeof item === "object" ? (item as Record<string, unknown>)[rule.field] : undefined;
    const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
    if (typeof n !== "number" || !Number.isFinite(n)) return [];
    total += n;
  }
  const label = labelOf(itemSchema?.properties?.[rule.field], rule.field).toLowerCase();
  const fmt = (n: number) => n.toLocaleString("en-US");
  const broken =
    rule.equals !== undefined && total !== rule.equals
      ? `The ${label} values must add up to ${fmt(rule.equals)}; they add up to ${fmt(total)}`
      : rule.min !== undefined && total < rule.min
        ? `The ${label} values must add up to at least ${fmt(rule.min)}; they add up to ${fmt(total)}`
        : rule.max !== undefined && total > rule.max
          ? `The ${label} values must add up to at most ${fmt(rule.max)}; they add up to ${fmt(total)}`
          : undefined;
  return broken ? [{ path: at, message: rule.message ?? broken }] : [];
}

function uniqueIssues(
  rule: Extract<ConfigRule, { kind: "unique" }>,
  items: unknown[],
  itemSchema: JsonSchema | undefined,
  at: Path,
): ConfigIssue[] {
  const fieldSchema = rule.field ? itemSchema?.properties?.[rule.field] : itemSchema;
  const isAddress = fieldSchema?.format === "ss58-address" || fieldSchema?.format === "contract-address";
  const label = labelOf(fieldSchema, rule.field ?? "entry").toLowerCase();
  const seen = new Map<string, number>();
  const issues: ConfigIssue[] = [];
  items.forEach((item, i) => {
    const v = rule.field
      ? item && typeof item === "object"
        ? (item as Record<string, unknown>)[rule.field]
        : undefined
      : item;
    if (v === undefined || v === null || v === "") return;
    const key = isAddress ? accountKey(v) : JSON.stringify(v);
    const first = seen.get(key);
    if (first === undefined) return void seen.set(key, i);
    issues.push({
      path: rule.field ? [...at, i, rule.field] : [...at, i],
      message: rule.message ?? `Each ${label} may appear only once: entry ${i + 1} repeats entry ${first + 1}`,
    });
  });
  return issues;
}

// One account has many SS58 spellings (one per network prefix): compare the public keys.
function accountKey(v: unknown): string {
  try {
    return u8aToHex(decodeAddress(String(v)));
  } catch {
    return JSON.stringify(v);
  }
}
