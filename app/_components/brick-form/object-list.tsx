"use client";
// A list of objects (payees, recipients …): one card per row with its own fields, "Add" and
// "Remove" within minItems/maxItems, and the list's cross-field rule message underneath.
import { useFieldArray, useFormContext } from "react-hook-form";
import type { FieldDescription } from "@/lib/bricks/describe-fields";
import type { JsonSchema } from "@/lib/bricks/json-schema";
import { schemaAt } from "@/lib/bricks/json-schema";
import { FieldList } from "./field-list";
import { fieldId, useBrickForm } from "./form-context";
import { newRow } from "./initial-values";
import { Button } from "@/app/_components/ui";
import { useFieldError } from "./use-field-error";
import { useListIssue } from "./use-list-issue";

export function ObjectList({ field, name }: { field: FieldDescription; name: string }) {
  const { control } = useFormContext();
  const { schema, idPrefix } = useBrickForm();
  const { fields: rows, append, remove } = useFieldArray({ control, name });
  const own = schemaAt(
    schema,
    name.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
  ) as JsonSchema | undefined;
  const ownError = useFieldError(name);
  const listIssue = useListIssue(name);
  const error = ownError ?? listIssue;
  const id = fieldId(idPrefix, name);
  const min = own?.minItems ?? 0;
  const max = own?.maxItems;
  const rowLabel = field.label.replace(/s$/, "") || "Entry";

  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : undefined} data-field={id}>
      <legend className="text-sm font-medium text-stone-800">
        {field.label}
        {!field.required && <span className="ml-1 text-xs font-normal text-stone-500">(optional)</span>}
      </legend>
      {field.help && <p className="text-xs text-stone-600">{field.help}</p>}
      {rows.length === 0 && <p className="text-sm text-stone-500">No entries yet.</p>}
      <ol className="space-y-2">
        {rows.map((row, i) => (
          <li key={row.id} className="rounded-md border border-stone-200 bg-stone-50 p-3">
            <div className="mb-2 flex items-center justify-between">
              <span className="text-xs font-medium uppercase tracking-wide text-stone-500">
                {rowLabel} {i + 1}
              </span>
              <Button
                variant="small"
                type="button"
                disabled={rows.length <= min}
                onClick={() => remove(i)}
                aria-label={`Remove ${rowLabel.toLowerCase()} ${i + 1}`}
              >
                Remove
              </Button>
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              <FieldList fields={field.items ?? []} parent={`${name}.${i}`} />
            </div>
          </li>
        ))}
      </ol>
      <Button
        variant="small"
        type="button"
        disabled={max !== undefined && rows.length >= max}
        onClick={() => append(newRow(own?.items) as Record<string, unknown>)}
      >
        + Add {rowLabel.toLowerCase()}
      </Button>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
