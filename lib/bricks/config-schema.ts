// A brick's config schema (JSON Schema 2020-12) → one zod schema that runs the same in the browser
// form and on the server. Structure (types, required, ranges, lengths, patterns, enums, defaults)
// comes from zod's own `z.fromJSONSchema`; Brickyard's named formats and `x-rules` are checked on
// top, and every message is rewritten in plain words at the path of the field to change.
// No server-only or node: imports here: client components import this file.
import { z } from "zod";
import { friendlyMessage } from "./config-messages";
import { formatProblem, isDomainFormat } from "./config-formats";
import { checkRules, type ConfigIssue } from "./config-rules";
import { isBlank, isPlainObject, schemaAt, valueAt, type JsonSchema, type Path } from "./json-schema";

export type { JsonSchema, ConfigIssue };
export { describeFields, type FieldDescription } from "./describe-fields";
export {
  toBaseUnits,
  durationSeconds,
  durationInUnit,
  tokenDecimals,
  addressProblem,
  DOMAIN_FORMATS,
} from "./config-formats";

export type ConfigValues = Record<string, unknown>;
export type ConfigResult = { success: true; data: ConfigValues } | { success: false; issues: ConfigIssue[] };

const structural = new WeakMap<JsonSchema, z.ZodType>();

/**
 * zod's converter for the structure only. Our named formats are removed first: zod would read
 * "duration" as ISO 8601 ("P30D") where bricks mean "30d", and ignores the others anyway.
 * Throws when the schema uses something zod cannot convert (if/then/else, not, external $ref).
 */
export function structuralZod(schema: JsonSchema): z.ZodType {
  let hit = structural.get(schema);
  if (!hit) {
    // A private registry: the x- keywords zod records as metadata must not pile up in the global one.
    hit = z.fromJSONSchema(withoutDomainFormats(schema) as z.core.JSONSchema.JSONSchema, { registry: z.registry() });
    structural.set(schema, hit);
  }
  return hit;
}

function withoutDomainFormats(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(withoutDomainFormats);
  if (!isPlainObject(s)) return s;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === "format" && isDomainFormat(v)) continue;
    // default/const/enum are data, not schemas: copy them untouched.
    out[k] = k === "default" || k === "enum" || k === "const" ? v : withoutDomainFormats(v);
  }
  return out;
}

/** Validates answers against a config schema; every issue is reported, in plain words. */
export function validateConfig(schema: JsonSchema, input: unknown): ConfigResult {
  const normalized = dropBlanks(schema, input);
  const parsed = structuralZod(schema).safeParse(normalized);
  const issues: ConfigIssue[] = [];
  const flagged = new Set<string>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as Path;
      flagged.add(JSON.stringify(path));
      issues.push({ path, message: friendlyMessage(issue, valueAt(input, path), schemaAt(schema, path)) });
    }
  }
  // Formats and rules run even when the structure has issues, so a person sees every problem at
  // once; on the parsed answers when possible, so defaults (such as a decimals field) count.
  walk(schema, parsed.success ? parsed.data : normalized, [], undefined, (issue) => {
    if (!flagged.has(JSON.stringify(issue.path))) issues.push(issue);
  });
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: parsed.data as ConfigValues };
}

// An untouched text box gives "": treat it as "not given", so an optional field stays optional
// (and gets its default) and a required one reads "This field is required", not "too short".
function dropBlanks(schema: JsonSchema, value: unknown): unknown {
  if (schema.type === "array" && Array.isArray(value) && schema.items)
    return value.map((v) => dropBlanks(schema.items!, v));
  if (schema.type !== "object" || !isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const sub = schema.properties?.[key];
    if (sub && isBlank(v)) continue;
    out[key] = sub ? dropBlanks(sub, v) : v;
  }
  return out;
}

function walk(schema: JsonSchema, value: unknown, path: Path, siblings: unknown, report: (i: ConfigIssue) => void) {
  if (schema.type === "object" && isPlainObject(value)) {
    for (const [key, sub] of Object.entries(schema.properties ?? {}))
      walk(sub, value[key], [...path, key], value, report);
    for (const issue of checkRules(schema, value, path)) report(issue);
    return;
  }
  if (schema.type === "array" && Array.isArray(value) && schema.items) {
    value.forEach((item, i) => walk(schema.items!, item, [...path, i], undefined, report));
    return;
  }
  if (isDomainFormat(schema.format) && !isBlank(value)) {
    const message = formatProblem(schema.format, value, schema, siblings);
    if (message) report({ path, message });
  }
}

/** The config schema as a zod schema (for react-hook-form's resolver, server actions, the API). */
export function configSchemaToZod(schema: JsonSchema): z.ZodType<ConfigValues, unknown> {
  return z.unknown().transform((input, ctx) => {
    const result = validateConfig(schema, input);
    if (result.success) return result.data;
    for (const issue of result.issues) {
      ctx.issues.push({ code: "custom", message: issue.message, path: issue.path as PropertyKey[], input });
    }
    return z.NEVER;
  });
}
