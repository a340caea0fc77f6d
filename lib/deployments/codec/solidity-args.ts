// A Solidity brick's answers → the values viem encodes for one call, in ABI order: each parameter's
// source from the manifest (a form field, a constant, the signer, the instance, the linked
// contract), token amounts and durations converted as the form field says, then checked and
// normalised per ABI type by coerceSolidityValue (an SS58 account becomes its mapped H160). Answers
// are validated against the call's form again, so an API call that skipped the form cannot encode
// an out-of-range value.
import type { AbiParameter } from "viem";
import type { EncodeContext } from "@/lib/bricks/abi-mapping";
import { durationInUnit, toBaseUnits, tokenDecimals } from "@/lib/bricks/config-formats";
import { validateConfig } from "@/lib/bricks/config-schema";
import { isBlank, labelOf, type JsonSchema } from "@/lib/bricks/json-schema";
import type { TArgSource, TManifest } from "@/lib/bricks/manifest-schema";
import type { ArgTarget } from "@/lib/bricks/resolve-call";
import { toAbiValue } from "@/lib/bricks/kinds/solidity/sol-fit";
import { coerceSolidityValue, SolidityArgError } from "@/lib/chain/platforms/revive/solidity/encode-args";
import { AppError } from "@/lib/errors";

type TCallForm = { mapping: Record<string, TArgSource>; config: JsonSchema };

function formOf(manifest: TManifest, target: ArgTarget): TCallForm {
  const config = manifest.config as JsonSchema;
  switch (target.kind) {
    case "constructor":
      return { mapping: manifest.constructor.args, config };
    case "link-record":
      return { mapping: manifest.link?.record?.args ?? {}, config };
    case "link-verify":
      return { mapping: manifest.link?.verify?.args ?? {}, config };
    case "settings": {
      const s = manifest.settings.find((x) => x.id === target.id);
      return { mapping: s?.args ?? {}, config: (s?.config ?? { type: "object", properties: {} }) as JsonSchema };
    }
    case "query":
      return {
        mapping: manifest.queries.find((q) => q.id === target.id)?.args ?? {},
        config: { type: "object", properties: {} },
      };
  }
}

/** The validated answers of the call's form (defaults applied), or a 400 naming each field. */
function checked(config: JsonSchema, answers: Record<string, unknown>): Record<string, unknown> {
  const r = validateConfig(config, answers);
  if (r.success) return r.data;
  const fields: Record<string, string[]> = {};
  for (const i of r.issues) (fields[i.path.join(".") || "_"] ??= []).push(i.message);
  throw new AppError("BAD_INPUT", { userMessage: "Some fields need attention.", fields });
}

/** A form answer in the units the contract takes (base units for token amounts, seconds/ms for durations). */
function fieldValue(value: unknown, s: JsonSchema, siblings: unknown, label: string, pick?: string): unknown {
  const v = isBlank(value) ? s.default : value;
  if (Array.isArray(v)) {
    const items = s.items ?? {};
    return v.map((item) => {
      if (items.type !== "object" || !item || typeof item !== "object") return fieldValue(item, items, siblings, label);
      const entry = item as Record<string, unknown>;
      const props = items.properties ?? {};
      if (pick) return fieldValue(entry[pick], props[pick] ?? {}, entry, label);
      return Object.fromEntries(
        Object.keys(props).map((k) => [k, fieldValue(entry[k], props[k], entry, labelOf(props[k], k))]),
      );
    });
  }
  if (isBlank(v)) return v;
  try {
    if (s.format === "token-amount") {
      const decimals = tokenDecimals(s, siblings);
      if (decimals === undefined) throw new Error("the number of decimals is missing");
      return toBaseUnits(String(v), decimals);
    }
    if (s.format === "duration") return BigInt(durationInUnit(String(v), s));
  } catch (error) {
    throw new AppError("BAD_INPUT", { userMessage: `${label}: ${(error as Error).message}` });
  }
  return v;
}

function sourceValue(
  source: TArgSource,
  p: AbiParameter,
  values: Record<string, unknown>,
  config: JsonSchema,
  ctx: EncodeContext,
  linked: string | undefined,
): unknown {
  const known = (v: string | undefined, what: string) => {
    if (!v)
      throw new AppError("BAD_INPUT", { userMessage: `Argument "${p.name}" needs ${what}, which is not known yet` });
    return v;
  };
  switch (source.kind) {
    case "signer":
      return known(ctx.signer, "the signing account");
    case "instance":
      return known(ctx.instance, "the new contract's address");
    case "linked":
      return known(linked, "your linked contract's address");
    case "const":
      return toAbiValue(source.value, p);
    case "field": {
      const s = config.properties?.[source.field] ?? {};
      return fieldValue(values[source.field], s, values, labelOf(s, source.field), source.pick);
    }
  }
}

/** The values of `params` for the call `target`, ready for viem. */
export function solidityArgs(
  manifest: TManifest,
  target: ArgTarget,
  params: readonly AbiParameter[],
  answers: Record<string, unknown>,
  ctx: EncodeContext,
): unknown[] {
  const form = formOf(manifest, target);
  const values = checked(form.config, answers);
  return params.map((p, i) => {
    const name = p.name || `arg${i}`;
    const source = form.mapping[name];
    if (!source)
      throw new AppError("BAD_INPUT", { userMessage: `The brick gives no value for the argument "${name}"` });
    return valueOf(manifest, source, { ...p, name }, form.config, values, ctx);
  });
}

/** The value link.verify's function must answer (its `equals` source, typed as its first output). */
export function solidityExpected(
  manifest: TManifest,
  output: AbiParameter,
  answers: Record<string, unknown>,
  ctx: EncodeContext,
): unknown {
  const equals = manifest.link?.verify?.equals;
  if (!equals) throw new AppError("BAD_INPUT", { userMessage: "This brick has no link check" });
  const config = manifest.config as JsonSchema;
  return valueOf(manifest, equals, { ...output, name: "expected result" }, config, checked(config, answers), ctx);
}

function valueOf(
  manifest: TManifest,
  source: TArgSource,
  p: AbiParameter,
  config: JsonSchema,
  values: Record<string, unknown>,
  ctx: EncodeContext,
): unknown {
  // Settings forms do not hold the link field: the caller passes the instance's linked contract.
  const linked = ctx.linked ?? (manifest.link ? (values[manifest.link.field] as string | undefined) : undefined);
  const raw = sourceValue(source, p, values, config, ctx, linked);
  const label = source.kind === "field" ? labelOf(config.properties?.[source.field], source.field) : p.name!;
  try {
    return coerceSolidityValue(p, raw, p.name!);
  } catch (error) {
    if (!(error instanceof SolidityArgError)) throw error;
    const fields = source.kind === "field" ? { [source.field]: [error.message] } : undefined;
    throw new AppError("BAD_INPUT", { userMessage: `${label}: ${error.message.replace(/^[^:]*: /, "")}`, fields });
  }
}
