// Turns a builder's answers into the argument values @polkadot/api-contract encodes, in ABI order:
// integers as decimal strings (a u128 does not fit a JS number), addresses as SS58 text, Option as
// null or the value, Vec/tuples as arrays. Answers are validated again here, so a server action or
// API call that skipped the form still cannot encode an out-of-range value.
import { AppError } from "@/lib/errors";
import type { TArgSource, TManifest } from "./manifest-schema";
import type { ContractKindBundle as AnyBundle } from "./kinds/types";
import { durationInUnit, toBaseUnits, tokenDecimals } from "./config-formats";
import { validateConfig } from "./config-schema";
import { INT_RANGES, typeName, type InkType } from "./ink-types";
import { isBlank, labelOf, type JsonSchema } from "./json-schema";
import { h160OfAccount } from "@/lib/chain/platforms/revive/h160";
import { resolveCall, type ArgTarget } from "./resolve-call";

export interface EncodeContext {
  /** SS58 address of the account signing the transaction. */
  signer: string;
  /** The new instance's address (link step and settings actions). */
  instance?: string;
  /** The user's contract; defaults to the answer in the link field. */
  linked?: string;
}

/**
 * The argument values for one call of the brick. For a call on the user's own contract (whose ABI
 * is unknown) the values come in the mapping's order.
 */
export function encodeArgs(
  manifest: TManifest,
  bundle: AnyBundle,
  answers: Record<string, unknown>,
  ctx: EncodeContext,
  target: ArgTarget = { kind: "constructor" },
): unknown[] {
  const { call, values, ctx: full } = prepare(manifest, bundle, answers, ctx, target);
  const names = call.args ? call.args.map((a) => a.name) : Object.keys(call.mapping);
  return names.map((name) => {
    const type = call.args?.find((a) => a.name === name)?.type;
    return fromSource(call.mapping[name], type, call.config, values, full, name);
  });
}

/**
 * The value link.verify's query must return for the link to count as proven, encoded like an
 * argument of the query's return type (e.g. the allowance as a base-unit string).
 */
export function encodeLinkExpectation(
  manifest: TManifest,
  bundle: AnyBundle,
  answers: Record<string, unknown>,
  ctx: EncodeContext,
): unknown {
  const verify = manifest.link?.verify;
  if (!verify) throw new AppError("BAD_INPUT", { userMessage: "This brick has no link check" });
  const { call, values, ctx: full } = prepare(manifest, bundle, answers, ctx, { kind: "link-verify" });
  return fromSource(verify.equals, call.returnType, call.config, values, full, "expected result");
}

/** Resolves the call, validates the answers against its form (defaults applied), fills in `linked`. */
function prepare(
  manifest: TManifest,
  bundle: AnyBundle,
  answers: Record<string, unknown>,
  ctx: EncodeContext,
  target: ArgTarget,
) {
  // Solidity arguments go through the Ethereum ABI (viem) on the revive path, not api-contract's values.
  if (bundle.kind === "solidity")
    throw new AppError("BAD_INPUT", { userMessage: "This brick's arguments use the Ethereum ABI" });
  const call = resolveCall(manifest, bundle, target);
  if (!("mapping" in call)) throw new AppError("BAD_INPUT", { userMessage: call.message });
  const checked = validateConfig(call.config, answers);
  if (!checked.success) {
    const fields: Record<string, string[]> = {};
    for (const i of checked.issues) (fields[i.path.join(".") || "_"] ??= []).push(i.message);
    throw new AppError("BAD_INPUT", { userMessage: "Some fields need attention.", fields });
  }
  // Settings forms do not hold the link field: the caller passes the instance's linked contract.
  const linked = ctx.linked ?? (manifest.link ? (checked.data[manifest.link.field] as string | undefined) : undefined);
  return { call, values: checked.data, ctx: { ...ctx, linked } };
}

function fromSource(
  source: TArgSource,
  t: InkType | undefined,
  config: JsonSchema,
  values: Record<string, unknown>,
  ctx: EncodeContext,
  arg: string,
): unknown {
  const address = (v: string | undefined, what: string) => {
    if (!v) throw new AppError("BAD_INPUT", { userMessage: `Argument "${arg}" needs ${what}, which is not known yet` });
    return t?.kind === "h160" ? asH160(v) : v;
  };
  switch (source.kind) {
    case "signer":
      return address(ctx.signer, "the signing account");
    case "instance":
      return address(ctx.instance, "the new contract's address");
    case "linked":
      return address(ctx.linked, "your linked contract's address");
    case "const":
      return t ? fromConst(source.value, t) : source.value;
    case "field": {
      const field = config.properties?.[source.field] ?? {};
      const value = values[source.field];
      return t ? fromField(value, field, t, values, source.field, source.pick) : value;
    }
  }
}

function fromField(value: unknown, s: JsonSchema, t: InkType, siblings: unknown, name: string, pick?: string): unknown {
  if (t.kind === "option") return isBlank(value) ? null : fromField(value, s, t.of, siblings, name, pick);
  const v = isBlank(value) ? s.default : value;
  const label = labelOf(s, name);
  if (isBlank(v)) throw new AppError("BAD_INPUT", { userMessage: `${label} is required` });
  switch (t.kind) {
    case "int":
      return inRange(intText(v, s, siblings, label), t.name, label);
    case "bool":
      return v === true;
    case "string":
    case "account":
      return String(v).trim();
    case "h160":
      return asH160(String(v));
    case "vec":
    case "array":
      return (v as unknown[]).map((item) => fromItem(item, s.items ?? {}, t.of, name, pick));
    case "hash":
      if (!/^0x[0-9a-f]{64}$/.test(String(v).trim()))
        throw new AppError("BAD_INPUT", { userMessage: `${label} must be 0x followed by 64 hex digits` });
      return String(v).trim();
    default:
      throw new AppError("BAD_INPUT", { userMessage: `${label}: bricks cannot encode ${typeName(t)}` });
  }
}

function fromItem(item: unknown, items: JsonSchema, t: InkType, name: string, pick?: string): unknown {
  if (items.type !== "object") return fromField(item, items, t, undefined, name);
  const entry = (item ?? {}) as Record<string, unknown>;
  const props = items.properties ?? {};
  if (pick) return fromField(entry[pick], props[pick] ?? {}, t, entry, pick);
  // Objects into tuples: the entry's properties in the schema's order (checked statically).
  const tuple = t.kind === "tuple" ? t.of : [];
  return Object.keys(props).map((k, i) => fromField(entry[k], props[k], tuple[i], entry, k));
}

function intText(v: unknown, s: JsonSchema, siblings: unknown, label: string): string {
  if (s.format === "token-amount") {
    const decimals = tokenDecimals(s, siblings);
    if (decimals === undefined)
      throw new AppError("BAD_INPUT", { userMessage: `${label}: the number of decimals is missing` });
    return toBaseUnits(String(v), decimals).toString();
  }
  if (s.format === "duration") return String(durationInUnit(String(v), s));
  return String(v).trim();
}

function inRange(text: string, name: keyof typeof INT_RANGES, label: string): string {
  if (!/^-?\d+$/.test(text)) throw new AppError("BAD_INPUT", { userMessage: `${label} must be a whole number` });
  const n = BigInt(text);
  const r = INT_RANGES[name];
  if (n < r.min || n > r.max)
    throw new AppError("BAD_INPUT", { userMessage: `${label} must be between ${r.min} and ${r.max}` });
  return n.toString();
}

function fromConst(v: unknown, t: InkType): unknown {
  switch (t.kind) {
    case "int":
      return BigInt(v as string | number).toString();
    case "option":
      return v === null ? null : fromConst(v, t.of);
    case "vec":
    case "array":
      return (v as unknown[]).map((x) => fromConst(x, t.of));
    case "tuple":
      return (v as unknown[]).map((x, i) => fromConst(x, t.of[i]));
    default:
      return v;
  }
}

/** An ink! v6 address argument: a 0x H160 as given, an SS58 account as the H160 pallet-revive maps it to. */
function asH160(v: string): string {
  const text = v.trim();
  return /^0x[0-9a-fA-F]{40}$/.test(text) ? text : h160OfAccount(text);
}
