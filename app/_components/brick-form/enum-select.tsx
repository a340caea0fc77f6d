"use client";
// A select for `enum` fields. Options may be numbers or booleans, so the select works on the
// option's index and hands the real value to the form.
import { Controller, useFormContext } from "react-hook-form";
import type { FieldDescription } from "@/lib/bricks/describe-fields";
import { describedBy, FieldShell } from "./field-shell";
import { fieldId, useBrickForm } from "./form-context";
import { Select } from "@/app/_components/ui";
import { useFieldError } from "./use-field-error";

export function EnumSelect({ field, name }: { field: FieldDescription; name: string }) {
  const { control } = useFormContext();
  const id = fieldId(useBrickForm().idPrefix, name);
  const error = useFieldError(name);
  const options = field.options ?? [];
  return (
    <FieldShell id={id} label={field.label} required={field.required} help={field.help} error={error}>
      <Controller
        control={control}
        name={name}
        render={({ field: f }) => {
          const index = options.findIndex((o) => Object.is(o.value, f.value));
          return (
            <Select
              id={id}
              ref={f.ref}
              name={f.name}
              value={index < 0 ? "" : String(index)}
              onBlur={f.onBlur}
              onChange={(e) => f.onChange(e.target.value === "" ? undefined : options[Number(e.target.value)].value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(id, field.help, error)}
            >
              {(index < 0 || !field.required) && <option value="">Choose…</option>}
              {options.map((o, i) => (
                <option key={i} value={String(i)}>
                  {o.label}
                </option>
              ))}
            </Select>
          );
        }}
      />
    </FieldShell>
  );
}
