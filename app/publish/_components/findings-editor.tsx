"use client";
// The audit's findings: one row each, with a severity and a status.
import { get, useFieldArray, useFormContext, useFormState } from "react-hook-form";
import { Button, Input } from "@/app/_components/ui";
import { inputClass } from "@/app/_components/ui/classes";

// `inputClass` is full-width; the selects of a finding row keep their own width.
const select = inputClass.replace("w-full", "");
import { FINDING_SEVERITIES, FINDING_STATUSES } from "@/lib/audits/schemas";
import type { TPublishDraft } from "@/lib/publishing/schemas";

export function FindingsEditor() {
  const { control, register } = useFormContext<TPublishDraft>();
  const { fields, append, remove } = useFieldArray({ control, name: "report.findings" });
  const { errors } = useFormState({ name: "report.findings" });
  const errorAt = (i: number, key: string) =>
    (get(errors, `report.findings.${i}.${key}`) as { message?: string } | undefined)?.message;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-stone-800">Findings</legend>
      {fields.length === 0 && <p className="text-sm text-stone-500">No findings recorded.</p>}
      <ol className="space-y-2" aria-label="Findings">
        {fields.map((f, i) => (
          <li key={f.id} className="flex flex-wrap items-start gap-2 rounded-md border border-stone-200 p-2">
            <div className="min-w-56 flex-1">
              <Input
                aria-label={`Finding ${i + 1} title`}
                placeholder="What was found"
                {...register(`report.findings.${i}.title`)}
                aria-invalid={errorAt(i, "title") ? true : undefined}
              />
              {errorAt(i, "title") && (
                <p role="alert" className="mt-1 text-xs text-red-700">
                  {errorAt(i, "title")}
                </p>
              )}
            </div>
            <select
              aria-label={`Finding ${i + 1} severity`}
              {...register(`report.findings.${i}.severity`)}
              className={`${select} w-32`}
            >
              {FINDING_SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <select
              aria-label={`Finding ${i + 1} status`}
              {...register(`report.findings.${i}.status`)}
              className={`${select} w-36`}
            >
              {FINDING_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <Button variant="secondary" type="button" onClick={() => remove(i)} aria-label={`Remove finding ${i + 1}`}>
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <Button variant="secondary" type="button" onClick={() => append({ title: "", severity: "low", status: "open" })}>
        + Add a finding
      </Button>
    </fieldset>
  );
}
