"use client";
// One text, number or yes/no field, dressed for its domain format: addresses in monospace,
// amounts with their decimals, basis points as a percentage, durations in words.
import { useFormContext, useWatch } from "react-hook-form";
import type { FieldDescription } from "@/lib/bricks/describe-fields";
import { describedBy, FieldShell } from "./field-shell";
import { basisPointsHint, decimalsHint, durationHint } from "./format-hints";
import { fieldId, useBrickForm } from "./form-context";
import { Input } from "@/app/_components/ui";
import { useFieldError } from "./use-field-error";

const PLACEHOLDER: Record<string, string> = {
  // Not a real address: a full example looked like a value already filled in.
  "ss58-address": "An account address, e.g. 5Grw…utQY",
  "contract-address": "The address of your contract",
  "token-amount": "e.g. 1000 or 12.5",
  url: "https://…",
  duration: "e.g. 30d, 12h, 90m, 1h30m",
};

const HELP_EXTRA: Record<string, string> = {
  "contract-address": "It must be a live contract on the network you deploy to; this is checked before deploying.",
  "basis-points": "100 = 1%, 10,000 = 100% (basis points).",
};

/** `parent`: the name of the object holding this field ("" at the top), for sibling lookups. */
export function ScalarInput({ field, name, parent }: { field: FieldDescription; name: string; parent: string }) {
  const { register } = useFormContext();
  const { idPrefix, after: afterByName } = useBrickForm();
  const id = fieldId(idPrefix, name);
  const after = afterByName?.[name];
  const error = useFieldError(name);
  const value = useWatch({ name });
  const decimalsField =
    typeof field.decimals === "object" ? (parent ? `${parent}.${field.decimals.field}` : field.decimals.field) : name;
  const siblingDecimals = useWatch({ name: decimalsField });
  // The brick's own help may already say it (a payee share "in basis points: 100 = 1% …"): never twice.
  const extra =
    field.format && !(field.format === "basis-points" && /basis points/i.test(field.help ?? ""))
      ? HELP_EXTRA[field.format]
      : undefined;
  const help = [field.help, extra].filter(Boolean).join(" ") || undefined;
  const aria = { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, help, error) };

  if (field.type === "boolean") {
    return (
      <FieldShell id={id} label={field.label} required={false} help={help} error={error} inline>
        <input
          id={id}
          type="checkbox"
          {...register(name)}
          {...aria}
          className="mt-0.5 h-4 w-4 rounded border-stone-300 accent-brand-500"
        />
      </FieldShell>
    );
  }
  if (field.type === "integer" || field.type === "number") {
    const hint = field.format === "basis-points" ? basisPointsHint(value) : undefined;
    return (
      <FieldShell id={id} label={field.label} required={field.required} help={help} hint={hint} error={error}>
        <Input
          id={id}
          type="number"
          inputMode={field.type === "integer" ? "numeric" : "decimal"}
          step={field.type === "integer" ? 1 : "any"}
          min={field.minimum}
          max={field.maximum}
          {...register(name, {
            setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? undefined : Number(v)),
          })}
          {...aria}
          className="max-w-xs"
        />
      </FieldShell>
    );
  }
  const decimals =
    typeof field.decimals === "number"
      ? field.decimals
      : typeof siblingDecimals === "number"
        ? siblingDecimals
        : undefined;
  const hint =
    field.format === "duration"
      ? durationHint(value)
      : field.format === "token-amount"
        ? decimalsHint(decimals)
        : undefined;
  const mono = field.format === "ss58-address" || field.format === "contract-address";
  const count = field.maxLength
    ? { length: typeof value === "string" ? value.length : 0, max: field.maxLength }
    : undefined;
  return (
    <FieldShell
      id={id}
      label={field.label}
      required={field.required}
      help={help}
      hint={hint}
      error={error}
      count={count}
      after={after}
    >
      <Input
        id={id}
        mono={mono}
        type={field.format === "url" ? "url" : "text"}
        inputMode={field.format === "token-amount" ? "decimal" : undefined}
        spellCheck={mono ? false : undefined}
        autoComplete="off"
        placeholder={field.format ? PLACEHOLDER[field.format] : undefined}
        {...register(name)}
        {...aria}
      />
    </FieldShell>
  );
}
