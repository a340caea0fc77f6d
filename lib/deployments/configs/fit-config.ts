// "Deploy again": an earlier configuration checked against the version chosen now. What still fits
// becomes the form's starting answers; what no longer fits is named in words (the form then shows
// each field's own message as well).
import { validateConfig, type JsonSchema } from "@/lib/bricks/config-schema";
import { labelOf } from "@/lib/bricks/json-schema";

export type TConfigFit = { defaults: Record<string, unknown>; problems: string[] };

export function fitConfig(schema: JsonSchema, config: Record<string, unknown>): TConfigFit {
  const known = Object.keys(schema.properties ?? {});
  const defaults = Object.fromEntries(Object.entries(config).filter(([k]) => known.includes(k)));
  const problems = Object.keys(config)
    .filter((k) => !known.includes(k))
    .map((k) => `“${k}” is not a setting of this version any more; it was left out.`);
  const checked = validateConfig(schema, defaults);
  if (!checked.success) {
    for (const i of checked.issues) {
      const field = String(i.path[0] ?? "");
      problems.push(`${field ? labelOf(schema.properties?.[field] ?? {}, field) : "The settings"}: ${i.message}`);
    }
  }
  return { defaults, problems };
}
