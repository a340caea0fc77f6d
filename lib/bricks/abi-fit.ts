// Does a form field (or a constant) fit an ink! argument type? The rules that make a brick safe to
// deploy from a form: every answer the form accepts must encode to the ABI type without surprises
// (no negative number into a u32, no decimal number anywhere, no optional field into a plain u128).
import { addressProblem } from "./config-formats";
import { INT_RANGES, typeName, type InkType } from "./ink-types";
import type { JsonSchema } from "./json-schema";

export interface Misfit {
  message: string;
  fix: string;
}

// Strings that only hold whole numbers may fill integer arguments (bigger than JSON numbers allow).
const INTEGER_PATTERNS = new Set(["^[0-9]+$", "^\\d+$", "^-?[0-9]+$", "^-?\\d+$"]);
// Strings that only hold 32 bytes in hex may fill a Hash (a code hash for an upgrade).
export const HASH_PATTERN = "^0x[0-9a-f]{64}$";

export function describeSchema(s: JsonSchema): string {
  return s.format ? `${s.type} with format ${s.format}` : String(s.type);
}

/** What kind of field would fit this type: the "fix" half of a misfit. */
export function suggest(t: InkType): string {
  switch (t.kind) {
    case "int":
      return `use an "integer" field (with minimum/maximum inside ${t.name}) or a "string" field with "format": "token-amount"`;
    case "account":
    case "h160":
      return `use a "string" field with "format": "ss58-address" or "contract-address", or a signer/linked/instance source`;
    case "bool":
      return 'use a "boolean" field';
    case "string":
      return 'use a "string" field';
    case "vec":
      return `use an "array" field whose entries fit ${typeName(t.of)} (with "pick" for one property of object entries)`;
    case "option":
      return `use an optional field that fits ${typeName(t.of)}`;
    default:
      return `bricks cannot fill ${typeName(t)} from a form; pass a "const" or change the contract's argument type`;
  }
}

/**
 * Checks a field schema against a type. `optional`: the form may leave it empty (not required, no
 * default). `pick`: for a list of objects, the one property each entry contributes.
 */
export function fieldFits(s: JsonSchema, t: InkType, optional: boolean, pick?: string): Misfit | undefined {
  const misfit = (why: string): Misfit => ({
    message: `a ${describeSchema(s)} field cannot fill ${typeName(t)}${why}`,
    fix: suggest(t),
  });
  if (t.kind === "option") return fieldFits(s, t.of, false, pick);
  if (pick !== undefined && s.type !== "array")
    return {
      message: `"pick" only applies to list fields, and this is a ${describeSchema(s)} field`,
      fix: 'remove "pick"',
    };
  if (optional) {
    return {
      message: `the field is optional but ${typeName(t)} always needs a value`,
      fix: `add the field to "required", give it a "default", or make the argument Option<${typeName(t)}>`,
    };
  }
  switch (s.type) {
    case "boolean":
      return t.kind === "bool" ? undefined : misfit("");
    case "number":
      return {
        message: `a "number" field allows decimals, which ${typeName(t)} cannot hold (ink! has no decimal numbers)`,
        fix: 'use "type": "integer", or a "string" field with "format": "token-amount"',
      };
    case "integer":
      return t.kind === "int" ? integerFits(s, t.name) : misfit("");
    case "string":
      return stringFits(s, t, misfit);
    case "array":
      return t.kind === "vec" ? arrayFits(s, t.of, pick) : misfit("");
    default:
      return misfit("");
  }
}

function stringFits(s: JsonSchema, t: InkType, misfit: (why: string) => Misfit): Misfit | undefined {
  switch (s.format) {
    case "ss58-address":
    case "contract-address":
      return t.kind === "account" || t.kind === "h160" ? undefined : misfit("");
    case "token-amount":
      return t.kind === "int" ? undefined : misfit("");
    case "duration":
      if (t.kind !== "int") return misfit("");
      // A month in milliseconds is past u32's 4,294,967,295.
      return ["u8", "u16", "i8", "i16"].includes(t.name) || (t.name.endsWith("32") && s["x-unit"] !== "s")
        ? {
            message: `durations in ${s["x-unit"] === "s" ? "seconds" : "milliseconds"} do not fit ${t.name}`,
            fix: 'use u64 (ink!\'s Timestamp), or "x-unit": "s" for a u32',
          }
        : undefined;
    default:
      if (t.kind === "string") return undefined;
      if (t.kind === "hash" && s.pattern === HASH_PATTERN) return undefined;
      if (t.kind === "int" && s.pattern && INTEGER_PATTERNS.has(s.pattern)) {
        return t.name.startsWith("u") && s.pattern.startsWith("^-")
          ? misfit(": the pattern allows negative numbers")
          : undefined;
      }
      return misfit("");
  }
}

function integerFits(s: JsonSchema, name: keyof typeof INT_RANGES): Misfit | undefined {
  const range = INT_RANGES[name];
  if (s.format === "basis-points") {
    return range.max < 10_000n
      ? { message: `basis points go up to 10,000, which does not fit ${name}`, fix: "make the argument u16 or wider" }
      : undefined;
  }
  const values = Array.isArray(s.enum) ? s.enum : undefined;
  const lo = values ? Math.min(...(values as number[])) : s.minimum;
  const hi = values ? Math.max(...(values as number[])) : s.maximum;
  if (range.min === 0n && (lo === undefined || lo < 0)) {
    return {
      message: `${name} cannot be negative, but the field allows ${lo === undefined ? "any number" : lo}`,
      fix: 'add "minimum": 0 to the field',
    };
  }
  if (lo !== undefined && BigInt(Math.ceil(lo)) < range.min) {
    return {
      message: `the field allows ${lo}, below ${name}'s smallest value ${range.min}`,
      fix: `set "minimum" to ${range.min} or more`,
    };
  }
  // JSON numbers stop being exact at 2^53; only the narrow types need an explicit maximum.
  const needsMax = range.max < BigInt(Number.MAX_SAFE_INTEGER);
  if (needsMax && (hi === undefined || BigInt(Math.floor(hi)) > range.max)) {
    return {
      message: `the field allows ${hi === undefined ? "any number" : hi}, more than ${name} holds (${range.max})`,
      fix: `add "maximum": ${range.max} (or less) to the field`,
    };
  }
  return undefined;
}

/** An array field into Vec<T>: plain entries, one picked property, or all properties as a tuple. */
export function arrayFits(s: JsonSchema, of: InkType, pick: string | undefined): Misfit | undefined {
  const items = s.items;
  if (!items) return { message: "the list field has no items schema", fix: 'add "items"' };
  if (items.type !== "object") {
    if (pick)
      return { message: `"pick" needs a list of objects, but the entries are ${items.type}`, fix: 'remove "pick"' };
    return fieldFits(items, of, false);
  }
  const props = items.properties ?? {};
  const required = new Set(items.required ?? []);
  const isOptional = (k: string) => !required.has(k) && props[k]?.default === undefined;
  if (pick) {
    const p = props[pick];
    if (!p)
      return {
        message: `"pick" names "${pick}", which is not a property of the entries`,
        fix: `use one of ${Object.keys(props).join(", ")}`,
      };
    return fieldFits(p, of, isOptional(pick));
  }
  const keys = Object.keys(props);
  if (of.kind !== "tuple") {
    return {
      message: `the entries are objects, but each element is ${typeName(of)}`,
      fix: `add "pick": "<property>" to use one property of each entry`,
    };
  }
  if (of.of.length !== keys.length) {
    return {
      message: `each entry has ${keys.length} properties (${keys.join(", ")}), the tuple ${typeName(of)} has ${of.of.length} elements`,
      fix: "make the entry properties match the tuple elements, in order",
    };
  }
  for (const [i, k] of keys.entries()) {
    const m = fieldFits(props[k], of.of[i], isOptional(k));
    if (m) return { message: `entry property "${k}" (tuple element ${i + 1}): ${m.message}`, fix: m.fix };
  }
  return undefined;
}

/** Checks a constant value against a type; returns why it does not fit. */
export function constProblem(v: unknown, t: InkType): string | undefined {
  const bad = `${JSON.stringify(v)} is not a ${typeName(t)}`;
  switch (t.kind) {
    case "int": {
      const text =
        typeof v === "number" && Number.isSafeInteger(v)
          ? String(v)
          : typeof v === "string" && /^-?\d+$/.test(v)
            ? v
            : undefined;
      if (text === undefined) return `${bad} (write whole numbers, as a string when above 2^53)`;
      const n = BigInt(text);
      const r = INT_RANGES[t.name];
      return n < r.min || n > r.max ? `${text} is outside ${t.name} (${r.min}..${r.max})` : undefined;
    }
    case "bool":
      return typeof v === "boolean" ? undefined : bad;
    case "string":
      return typeof v === "string" ? undefined : bad;
    case "account":
      return typeof v === "string" ? addressProblem(v) : bad;
    case "h160":
      return typeof v === "string" && /^0x[0-9a-fA-F]{40}$/.test(v) ? undefined : `${bad} (write 0x and 40 hex digits)`;
    case "hash":
      return typeof v === "string" && /^0x[0-9a-fA-F]{64}$/.test(v) ? undefined : `${bad} (write 0x and 64 hex digits)`;
    case "option":
      return v === null ? undefined : constProblem(v, t.of);
    case "vec":
      return Array.isArray(v) ? v.map((x) => constProblem(x, t.of)).find(Boolean) : bad;
    case "array":
      return Array.isArray(v) && v.length === t.len
        ? v.map((x) => constProblem(x, t.of)).find(Boolean)
        : `${bad} (a list of exactly ${t.len})`;
    case "tuple":
      return Array.isArray(v) && v.length === t.of.length
        ? v.map((x, i) => constProblem(x, t.of[i])).find(Boolean)
        : `${bad} (a list of ${t.of.length} values)`;
    default:
      return `bricks cannot encode constants of type ${typeName(t)}`;
  }
}
