"use client";
// A list of plain values (addresses, labels …). react-hook-form's field arrays hold objects, so the
// list is one controlled value: an input per entry, with "Add" and "Remove".
import { Controller, get, useFormContext, useFormState } from "react-hook-form";
import type { FieldDescription } from "@/lib/bricks/describe-fields";
import { fieldId, useBrickForm } from "./form-context";
import { Button, Input } from "@/app/_components/ui";
import { useFieldError } from "./use-field-error";
import { useListIssue } from "./use-list-issue";

export function PlainList({ field, name }: { field: FieldDescription; name: string }) {
  const { control } = useFormContext();
  const id = fieldId(useBrickForm().idPrefix, name);
  const ownError = useFieldError(name);
  const listIssue = useListIssue(name);
  const error = ownError ?? listIssue;
  // Each entry's own message (e.g. "not a valid account address"), shown under that entry.
  const { errors } = useFormState({ name });
  const itemError = (i: number): string | undefined => {
    const m = (get(errors, `${name}.${i}`) as { message?: unknown } | undefined)?.message;
    return typeof m === "string" ? m : undefined;
  };
  const item = field.item;
  const numeric = item?.type === "integer" || item?.type === "number";
  const mono = item?.format === "ss58-address" || item?.format === "contract-address";
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: f }) => {
        const list: unknown[] = Array.isArray(f.value) ? f.value : [];
        const set = (next: unknown[]) => f.onChange(next);
        return (
          <fieldset className="space-y-2 [overflow-wrap:anywhere]" data-field={id}>
            <legend className="text-sm font-medium text-stone-800">{field.label}</legend>
            {field.help && <p className="text-xs text-stone-600">{field.help}</p>}
            {list.map((v, i) => (
              <div key={i}>
                <div className="flex gap-2">
                  <Input
                    mono={mono}
                    aria-label={`${field.label} ${i + 1}`}
                    aria-invalid={itemError(i) ? true : undefined}
                    aria-describedby={itemError(i) ? `${id}-item-${i}-error` : undefined}
                    type={numeric ? "number" : "text"}
                    value={v === undefined || v === null ? "" : String(v)}
                    onBlur={f.onBlur}
                    onChange={(e) =>
                      set(
                        list.map((x, j) =>
                          j === i
                            ? numeric
                              ? e.target.value === ""
                                ? undefined
                                : Number(e.target.value)
                              : e.target.value
                            : x,
                        ),
                      )
                    }
                    className="min-w-0"
                  />
                  <Button
                    variant="small"
                    type="button"
                    className="shrink-0 whitespace-nowrap"
                    onClick={() => set(list.filter((_, j) => j !== i))}
                  >
                    Remove
                  </Button>
                </div>
                {itemError(i) && (
                  <p id={`${id}-item-${i}-error`} role="alert" className="mt-1 text-xs text-red-700">
                    {itemError(i)}
                  </p>
                )}
              </div>
            ))}
            <Button variant="small" type="button" onClick={() => set([...list, numeric ? undefined : ""])}>
              + Add
            </Button>
            {error && (
              <p role="alert" className="text-xs text-red-700">
                {error}
              </p>
            )}
          </fieldset>
        );
      }}
    />
  );
}
