"use client";
// Label, help text, the input, a live hint and the error of one field. The error is announced
// (role=alert) and tied to the input with aria-describedby by the caller.
import type { ReactNode } from "react";

export type FieldShellProps = {
  id: string;
  label: string;
  required: boolean;
  help?: string;
  hint?: string;
  error?: string;
  /** Checkboxes put the label beside the box. */
  inline?: boolean;
  children: ReactNode;
};

export function FieldShell({ id, label, required, help, hint, error, inline, children }: FieldShellProps) {
  const labelText = (
    <>
      {label}
      {required ? <span aria-hidden className="ml-0.5 text-brand-600">*</span> : <span className="ml-1 text-xs font-normal text-stone-500">(optional)</span>}
    </>
  );
  return (
    <div className="space-y-1" data-field={id}>
      {inline ? (
        <div className="flex items-start gap-2">
          {children}
          <label htmlFor={id} className="text-sm font-medium text-stone-800">{labelText}</label>
        </div>
      ) : (
        <>
          <label htmlFor={id} className="block text-sm font-medium text-stone-800">{labelText}</label>
          {children}
        </>
      )}
      {help && <p id={`${id}-help`} className="text-xs text-stone-600">{help}</p>}
      {hint && !error && <p className="text-xs text-emerald-700" aria-live="polite">{hint}</p>}
      {error && <p id={`${id}-error`} role="alert" className="text-xs text-red-700">{error}</p>}
    </div>
  );
}

export function describedBy(id: string, help?: string, error?: string): string | undefined {
  return [help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}
