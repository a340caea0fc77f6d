// Does a form field (or a constant) fit a Solidity ABI parameter? The Solidity counterpart of
// abi-fit.ts: every answer the form accepts must encode to the parameter's type without surprises
// (no negative number into a uint, no decimals, no optional field into a value Solidity always needs).
// Types are read with abitype's parameter shapes; constants are test-encoded with viem.
import type { AbiParameter } from "abitype";
import { encodeAbiParameters } from "viem";
import type { JsonSchema } from "../../json-schema";
import type { Misfit } from "../../abi-fit";

const INT_RE = /^(u?)int(\d*)$/;
const BYTES_N_RE = /^bytes(\d+)$/;
const ARRAY_RE = /^(.*)\[(\d*)\]$/;
const INTEGER_PATTERNS = new Set(["^[0-9]+$", "^\\d+$", "^-?[0-9]+$", "^-?\\d+$"]);

/** The pattern a text field must carry to fill bytes (any length) or bytesN. */
export function hexPattern(type: string): string {
  const n = BYTES_N_RE.exec(type)?.[1];
  return n ? `^0x[0-9a-fA-F]{${Number(n) * 2}}$` : "^0x([0-9a-fA-F]{2})*$";
}

function intInfo(type: string): { signed: boolean; bits: number } | undefined {
  const m = INT_RE.exec(type);
  return m ? { signed: m[1] === "", bits: m[2] ? Number(m[2]) : 256 } : undefined;
}

function arrayInfo(p: AbiParameter): { of: AbiParameter; len?: number } | undefined {
  const m = ARRAY_RE.exec(p.type);
  if (!m) return undefined;
  return { of: { ...p, type: m[1] } as AbiParameter, len: m[2] ? Number(m[2]) : undefined };
}

function components(p: AbiParameter): readonly AbiParameter[] {
  return "components" in p && p.components ? p.components : [];
}

export function describeField(s: JsonSchema): string {
  return s.format ? `${s.type} with format ${s.format}` : String(s.type);
}

/** What kind of field would fit this type: the "fix" half of a misfit. */
export function suggestSol(p: AbiParameter): string {
  const t = p.type;
  if (t === "address")
    return 'use a "string" field with "format": "ss58-address" or "contract-address", or a signer/linked/instance source';
  if (intInfo(t))
    return `use an "integer" field (with minimum/maximum inside ${t}) or a "string" field with "format": "token-amount"`;
  if (t === "bool") return 'use a "boolean" field';
  if (t === "string") return 'use a "string" field';
  if (t === "bytes" || BYTES_N_RE.test(t)) return `use a "string" field with "pattern": "${hexPattern(t)}"`;
  if (arrayInfo(p))
    return `use an "array" field whose entries fit ${arrayInfo(p)!.of.type} (with "pick" for one property of object entries)`;
  if (t === "tuple")
    return `use an "object" field with the properties ${components(p)
      .map((c) => c.name)
      .join(", ")}`;
  return `bricks cannot fill ${t} from a form; pass a "const"`;
}

/** Checks a field schema against a Solidity parameter. `optional`: the form may leave it empty. */
export function solFieldFits(s: JsonSchema, p: AbiParameter, optional: boolean, pick?: string): Misfit | undefined {
  const misfit = (why = ""): Misfit => ({
    message: `a ${describeField(s)} field cannot fill ${p.type}${why}`,
    fix: suggestSol(p),
  });
  if (pick !== undefined && s.type !== "array")
    return {
      message: `"pick" only applies to list fields, and this is a ${describeField(s)} field`,
      fix: 'remove "pick"',
    };
  if (optional)
    return {
      message: `the field is optional but ${p.type} always needs a value (Solidity has no "no value")`,
      fix: 'add the field to "required", or give it a "default"',
    };
  const t = p.type;
  const int = intInfo(t);
  const arr = arrayInfo(p);
  switch (s.type) {
    case "boolean":
      return t === "bool" ? undefined : misfit();
    case "number":
      return {
        message: `a "number" field allows decimals, which ${t} cannot hold`,
        fix: 'use "type": "integer", or a "string" field with "format": "token-amount"',
      };
    case "integer":
      return int ? integerFits(s, t, int) : misfit();
    case "string":
      return stringFits(s, p, int, misfit);
    case "array":
      return arr ? arrayFits(s, arr, pick) : misfit();
    case "object": {
      if (t !== "tuple") return misfit();
      const props = s.properties ?? {};
      const required = new Set(s.required ?? []);
      for (const c of components(p)) {
        const f = c.name ? props[c.name] : undefined;
        if (!f)
          return {
            message: `the object field has no property "${c.name}" for the tuple's ${c.type}`,
            fix: `add "${c.name}" to its properties`,
          };
        const m = solFieldFits(f, c, !required.has(c.name!) && f.default === undefined);
        if (m) return { message: `property "${c.name}": ${m.message}`, fix: m.fix };
      }
      return undefined;
    }
    default:
      return misfit();
  }
}

function stringFits(
  s: JsonSchema,
  p: AbiParameter,
  int: { signed: boolean; bits: number } | undefined,
  misfit: (why?: string) => Misfit,
): Misfit | undefined {
  const t = p.type;
  switch (s.format) {
    case "ss58-address":
    case "contract-address":
      return t === "address" ? undefined : misfit();
    case "token-amount":
      // Amounts are converted to base units up to u128's range.
      if (!int) return misfit();
      return int.bits < 128
        ? {
            message: `token amounts go up to 2^128, more than ${t} holds`,
            fix: "make the parameter uint128 or wider (uint256 is usual)",
          }
        : undefined;
    case "duration": {
      if (!int) return misfit();
      const seconds = s["x-unit"] === "s";
      return int.bits < (seconds ? 32 : 64)
        ? {
            message: `durations in ${seconds ? "seconds" : "milliseconds"} do not fit ${t}`,
            fix: `use uint64 (with "x-unit": "s" for seconds, as block.timestamp counts)`,
          }
        : undefined;
    }
    case "basis-points":
    case "url":
    default:
      if (t === "string") return undefined;
      if (t === "bytes" || BYTES_N_RE.test(t)) {
        return s.pattern === hexPattern(t)
          ? undefined
          : {
              message: `${t} needs hex text, but the field's pattern is ${s.pattern ? `"${s.pattern}"` : "missing"}`,
              fix: `add "pattern": "${hexPattern(t)}"`,
            };
      }
      if (int && s.pattern && INTEGER_PATTERNS.has(s.pattern)) {
        return !int.signed && s.pattern.startsWith("^-") ? misfit(": the pattern allows negative numbers") : undefined;
      }
      return misfit();
  }
}

function integerFits(
  s: JsonSchema,
  t: string,
  { signed, bits }: { signed: boolean; bits: number },
): Misfit | undefined {
  const min = signed ? -(2n ** BigInt(bits - 1)) : 0n;
  const max = signed ? 2n ** BigInt(bits - 1) - 1n : 2n ** BigInt(bits) - 1n;
  if (s.format === "basis-points")
    return max < 10_000n
      ? { message: `basis points go up to 10,000, which does not fit ${t}`, fix: "make the parameter uint16 or wider" }
      : undefined;
  const values = Array.isArray(s.enum) ? (s.enum as number[]) : undefined;
  const lo = values ? Math.min(...values) : s.minimum;
  const hi = values ? Math.max(...values) : s.maximum;
  if (!signed && (lo === undefined || lo < 0))
    return {
      message: `${t} cannot be negative, but the field allows ${lo ?? "any number"}`,
      fix: 'add "minimum": 0 to the field',
    };
  if (lo !== undefined && BigInt(Math.ceil(lo)) < min)
    return {
      message: `the field allows ${lo}, below ${t}'s smallest value ${min}`,
      fix: `set "minimum" to ${min} or more`,
    };
  // JSON numbers stop being exact at 2^53; only the narrow types need an explicit maximum.
  if (max < BigInt(Number.MAX_SAFE_INTEGER) && (hi === undefined || BigInt(Math.floor(hi)) > max))
    return {
      message: `the field allows ${hi ?? "any number"}, more than ${t} holds (${max})`,
      fix: `add "maximum": ${max} (or less) to the field`,
    };
  return undefined;
}

function arrayFits(
  s: JsonSchema,
  arr: { of: AbiParameter; len?: number },
  pick: string | undefined,
): Misfit | undefined {
  const items = s.items;
  if (!items) return { message: "the list field has no items schema", fix: 'add "items"' };
  if (arr.len !== undefined && (s.minItems !== arr.len || s.maxItems !== arr.len))
    return {
      message: `${arr.of.type}[${arr.len}] needs exactly ${arr.len} entries`,
      fix: `set "minItems" and "maxItems" to ${arr.len}`,
    };
  if (items.type !== "object" || arr.of.type === "tuple") {
    if (pick)
      return { message: `"pick" needs a list of objects, but the entries are ${items.type}`, fix: 'remove "pick"' };
    return solFieldFits(items, arr.of, false);
  }
  const props = items.properties ?? {};
  if (!pick)
    return {
      message: `the entries are objects, but each element is ${arr.of.type}`,
      fix: 'add "pick": "<property>" to use one property of each entry',
    };
  const p = props[pick];
  if (!p)
    return {
      message: `"pick" names "${pick}", which is not a property of the entries`,
      fix: `use one of ${Object.keys(props).join(", ")}`,
    };
  const optional = !(items.required ?? []).includes(pick) && p.default === undefined;
  return solFieldFits(p, arr.of, optional);
}

/** JSON constant → the value viem encodes (integers as bigint, recursively). */
export function toAbiValue(v: unknown, p: AbiParameter): unknown {
  const arr = arrayInfo(p);
  if (arr) return Array.isArray(v) ? v.map((x) => toAbiValue(x, arr.of)) : v;
  if (p.type === "tuple" && v && typeof v === "object" && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(components(p).map((c) => [c.name, toAbiValue(o[c.name!], c)]));
  }
  if (intInfo(p.type) && (typeof v === "number" || (typeof v === "string" && /^-?\d+$/.test(v)))) {
    return typeof v === "number" && !Number.isSafeInteger(v) ? v : BigInt(v);
  }
  return v;
}

/** Why a constant does not fit a parameter (viem's own encoder decides), or undefined. */
export function solConstProblem(v: unknown, p: AbiParameter): string | undefined {
  try {
    encodeAbiParameters([p], [toAbiValue(v, p)]);
    return undefined;
  } catch (error) {
    const first = ((error as { shortMessage?: string }).shortMessage ?? (error as Error).message).split("\n")[0];
    return `${JSON.stringify(v)} is not a ${p.type} (${first})`;
  }
}
