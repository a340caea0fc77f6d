"use client";
// Step 1 of every kind's publish form: the uploaded file (contract bundle or function source), read in
// the browser and sent as text with the draft. A file over the kind's size limit is refused here, in
// words; the server still checks everything. Below it, what the live check found in the file.
import { useState, type ReactNode } from "react";
import { get, useFormContext, useFormState, useWatch } from "react-hook-form";

export function FilePick(p: {
  id: string;
  label: string;
  accept: string;
  /** The draft fields that keep the file's name and its text. */
  nameField: string;
  textField: string;
  maxBytes: number;
  tooLarge: string;
  /** What file this is, in words; "Chosen: name" follows once one is picked. */
  hint: ReactNode;
}) {
  const { setValue } = useFormContext();
  const { errors } = useFormState({ name: p.textField });
  const fileName = useWatch({ name: p.nameField }) as string;
  const [readError, setReadError] = useState<string | null>(null);
  const error = readError ?? (get(errors, p.textField) as { message?: string } | undefined)?.message;

  async function onFile(file: File | undefined) {
    if (!file) return;
    setReadError(null);
    if (file.size > p.maxBytes) return setReadError(p.tooLarge);
    setValue(p.nameField, file.name, { shouldDirty: true });
    setValue(p.textField, await file.text(), { shouldDirty: true, shouldValidate: true });
  }

  return (
    <div className="space-y-1">
      <label htmlFor={p.id} className="block text-sm font-medium text-stone-800">
        {p.label}
      </label>
      <input
        id={p.id}
        type="file"
        accept={p.accept}
        onChange={(e) => void onFile(e.target.files?.[0])}
        className="block w-full text-sm text-stone-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-500 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-white hover:file:bg-brand-600"
      />
      <p className="text-xs text-stone-600">
        {p.hint}
        {fileName && (
          <>
            {" "}
            Chosen: <span className="font-mono">{fileName}</span>
          </>
        )}
      </p>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** What the live check read from the uploaded file, as a list of facts. */
export function UploadFacts({ label, children }: { label: string; children: ReactNode }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 rounded-md bg-stone-50 p-3 text-sm sm:grid-cols-[auto_1fr]" aria-label={label}>
      {children}
    </dl>
  );
}
