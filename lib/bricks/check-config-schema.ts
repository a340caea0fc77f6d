// Static checks of a config schema, run when a brick is loaded or uploaded: is it a JSON Schema the
// form can render and zod can convert, and are Brickyard's formats and rules used correctly?
// Problems point into the schema (e.g. properties.total.format) and say what to change.
import { FORMAT_TYPE, isDomainFormat } from "./config-formats";
import { isPlainObject, type JsonSchema, type Path } from "./json-schema";
import { structuralZod, validateConfig } from "./config-schema";

export interface SchemaProblem {
  path: Path;
  message: string;
  fix: string;
}

const TYPES = ["object", "array", "string", "integer", "number", "boolean"];
// Standard formats zod's converter understands (besides Brickyard's own).
const STANDARD_FORMATS = ["email", "uri", "uuid", "date-time", "date", "time", "hostname", "ipv4", "ipv6"];

export function checkConfigSchema(schema: unknown, what = "The config schema"): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  if (!isPlainObject(schema) || schema.type !== "object" || !isPlainObject(schema.properties ?? {})) {
    return [
      {
        path: [],
        message: `${what} must be a JSON Schema object`,
        fix: 'start it with { "type": "object", "properties": { … } }',
      },
    ];
  }
  checkNode(schema as JsonSchema, [], problems);
  if (problems.length > 0) return problems;
  try {
    structuralZod(schema as JsonSchema);
  } catch (error) {
    return [
      {
        path: [],
        message: `${what} cannot be turned into a form: ${(error as Error).message}`,
        fix: "use plain properties, required, items, enum and the supported formats",
      },
    ];
  }
  checkDefaults(schema as JsonSchema, [], problems);
  return problems;
}

function checkNode(s: JsonSchema, at: Path, problems: SchemaProblem[]) {
  const add = (path: Path, message: string, fix: string) => problems.push({ path: [...at, ...path], message, fix });
  if (!TYPES.includes(s.type as string)) {
    add(
      ["type"],
      `Field type ${JSON.stringify(s.type)} is not one the form can show`,
      `set "type" to one of ${TYPES.join(", ")}`,
    );
    return;
  }
  if (s.format !== undefined) {
    if (isDomainFormat(s.format)) {
      if (FORMAT_TYPE[s.format] !== s.type)
        add(
          ["type"],
          `Format "${s.format}" needs type "${FORMAT_TYPE[s.format]}", not "${s.type}"`,
          `set "type": "${FORMAT_TYPE[s.format]}"`,
        );
    } else if (!STANDARD_FORMATS.includes(s.format)) {
      add(
        ["format"],
        `Unknown format "${s.format}"`,
        `use one of ss58-address, contract-address, token-amount, basis-points, url, duration (or a standard one such as email)`,
      );
    }
  }
  if (s.pattern !== undefined) {
    try {
      new RegExp(s.pattern);
    } catch {
      add(
        ["pattern"],
        `The pattern ${JSON.stringify(s.pattern)} is not a valid regular expression`,
        "fix the regular expression",
      );
    }
  }
  if (typeof s.minimum === "number" && typeof s.maximum === "number" && s.minimum > s.maximum) {
    add(["minimum"], `minimum (${s.minimum}) is greater than maximum (${s.maximum})`, "swap or correct them");
  }
  if (s.format === "duration" && s["x-unit"] !== undefined && s["x-unit"] !== "s" && s["x-unit"] !== "ms") {
    add(
      ["x-unit"],
      `x-unit must be "s" or "ms", not ${JSON.stringify(s["x-unit"])}`,
      'use "ms" (ink! Timestamp) or "s"',
    );
  }
  if (s.type === "array") {
    if (!isPlainObject(s.items)) add([], "A list field needs an `items` schema", 'add "items": { "type": … }');
    else checkNode(s.items, [...at, "items"], problems);
  }
  if (s.type === "object") checkObject(s, at, problems);
}

function checkObject(s: JsonSchema, at: Path, problems: SchemaProblem[]) {
  const add = (path: Path, message: string, fix: string) => problems.push({ path: [...at, ...path], message, fix });
  const props = s.properties ?? {};
  if (!isPlainObject(props))
    return add(["properties"], "`properties` must be an object", "map each field name to its schema");
  if (s.required !== undefined && (!Array.isArray(s.required) || s.required.some((r) => typeof r !== "string"))) {
    add(["required"], "`required` must be a list of field names", 'e.g. "required": ["name"]');
  }
  for (const [i, name] of (Array.isArray(s.required) ? s.required : []).entries()) {
    if (typeof name === "string" && !(name in props))
      add(
        ["required", i],
        `"${name}" is required but there is no such field`,
        `add "${name}" to properties or remove it from required`,
      );
  }
  for (const [key, sub] of Object.entries(props)) {
    if (!isPlainObject(sub)) {
      add(["properties", key], `Field "${key}" must be a schema object`, 'e.g. { "type": "string", "title": "Name" }');
      continue;
    }
    checkNode(sub, [...at, "properties", key], problems);
    if (sub.format === "token-amount") checkDecimals(sub, key, props, [...at, "properties", key], problems);
  }
  for (const [i, rule] of (s["x-rules"] ?? []).entries()) checkRule(rule, props, [...at, "x-rules", i], problems);
}

function checkDecimals(
  s: JsonSchema,
  key: string,
  siblings: Record<string, JsonSchema>,
  at: Path,
  problems: SchemaProblem[],
) {
  const fixed = s["x-decimals"];
  const field = s["x-decimals-field"];
  if ((fixed === undefined) === (field === undefined)) {
    problems.push({
      path: at,
      message: `Token amount "${key}" must say how many decimals the token has`,
      fix: 'add either "x-decimals": 12 or "x-decimals-field": "<a sibling integer field>"',
    });
  } else if (fixed !== undefined && (!Number.isInteger(fixed) || fixed < 0 || fixed > 38)) {
    problems.push({
      path: [...at, "x-decimals"],
      message: "x-decimals must be a whole number from 0 to 38",
      fix: "use the token's decimals, e.g. 12",
    });
  } else if (field !== undefined && siblings[field]?.type !== "integer") {
    problems.push({
      path: [...at, "x-decimals-field"],
      message: `x-decimals-field names "${field}", which is not an integer field beside "${key}"`,
      fix: `add an integer field "${field}" (minimum 0, maximum 38) or fix the name`,
    });
  } else if (field !== undefined && !((siblings[field].minimum ?? -1) >= 0 && (siblings[field].maximum ?? 99) <= 38)) {
    // A u128 holds at most 38 decimal digits, so more decimals could never encode.
    problems.push({
      path: [...at, "x-decimals-field"],
      message: `The decimals field "${field}" must be limited to 0..38`,
      fix: `add "minimum": 0 and "maximum": 38 (or less) to "${field}"`,
    });
  }
}

function checkRule(rule: unknown, props: Record<string, JsonSchema>, at: Path, problems: SchemaProblem[]) {
  const add = (message: string, fix: string) => problems.push({ path: at, message, fix });
  if (!isPlainObject(rule) || (rule.kind !== "sum" && rule.kind !== "unique"))
    return add(
      'A rule needs "kind": "sum" or "unique"',
      'e.g. { "kind": "sum", "array": "payees", "field": "share", "equals": 10000 }',
    );
  const array = props[rule.array as string];
  if (array?.type !== "array")
    return add(
      `Rule names "${String(rule.array)}", which is not a list field of this object`,
      '"array" must name a field of type array',
    );
  const item = array.items;
  if (rule.kind === "unique" && rule.field === undefined) return;
  const field = item?.properties?.[rule.field as string];
  if (!field)
    return add(
      `Rule names "${String(rule.field)}", which is not a field of the "${String(rule.array)}" entries`,
      '"field" must name a property of the list items',
    );
  if (rule.kind === "sum") {
    if (field.type !== "integer" && field.type !== "number")
      add(`A sum rule needs a number field; "${String(rule.field)}" is ${field.type}`, "point it at an integer field");
    if (rule.equals === undefined && rule.min === undefined && rule.max === undefined)
      add("A sum rule needs equals, min or max", 'e.g. "equals": 10000');
  }
}

/** A default that fails its own field's checks would make every untouched form invalid. */
function checkDefaults(s: JsonSchema, at: Path, problems: SchemaProblem[]) {
  for (const [key, sub] of Object.entries(s.properties ?? {})) {
    if (sub.default !== undefined) {
      const result = validateConfig(
        { type: "object", properties: { [key]: sub }, required: [key] },
        { [key]: sub.default },
      );
      if (!result.success)
        problems.push({
          path: [...at, "properties", key, "default"],
          message: `The default of "${key}" is not valid: ${result.issues[0].message}`,
          fix: "change the default or the field's limits",
        });
    }
    if (sub.type === "object") checkDefaults(sub, [...at, "properties", key], problems);
  }
}
