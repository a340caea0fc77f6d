// The form's starting answers: the caller's values over the schema's defaults. Lists start with
// their minimum number of empty rows, so a required list shows its first row ready to fill.
import type { JsonSchema } from "@/lib/bricks/json-schema";

export function initialValues(schema: JsonSchema, given: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    const value = key in given ? given[key] : initialValue(sub);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function initialValue(s: JsonSchema): unknown {
  if (s.default !== undefined) return s.default;
  if (s.type === "object") return initialValues(s);
  if (s.type === "array") {
    const rows = Math.max(0, s.minItems ?? 0);
    return Array.from({ length: rows }, () => (s.items?.type === "object" ? initialValues(s.items) : emptyOf(s.items)));
  }
  return emptyOf(s);
}

/** What an untouched input holds: "" for text (read as "not given"), false for a checkbox. */
function emptyOf(s: JsonSchema | undefined): unknown {
  if (!s || s.enum) return undefined;
  if (s.type === "boolean") return false;
  if (s.type === "string") return "";
  return undefined;
}

/** A fresh row for a list of objects (or of plain values). */
export function newRow(items: JsonSchema | undefined): unknown {
  return items?.type === "object" ? initialValues(items) : initialValue(items ?? { type: "string" });
}
