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
  /** Text with a length limit: how much of it is used, shown as "12 / 64". */
  count?: { length: number; max: number };
  /** Shown right under the field, e.g. the deploy form's live check of a contract address. */
  after?: ReactNode;
  children: ReactNode;
};

export function FieldShell({
  id,
  label,
  required,
  help,
  hint,
  error,
  inline,
  count,
  after,
  children,
}: FieldShellProps) {
  const labelText = (
    <>
      {label}
      {required ? (
        <span aria-hidden className="ml-0.5 text-brand-600">
          *
        </span>
      ) : (
        <span className="ml-1 text-xs font-normal text-stone-500">(optional)</span>
      )}
    </>
  );
  return (
    // Messages quote whole addresses (48 characters, no spaces): let them wrap on a phone.
    <div className="space-y-1 [overflow-wrap:anywhere]" data-field={id}>
      {inline ? (
        <div className="flex items-start gap-2">
          {children}
          <label htmlFor={id} className="text-sm font-medium text-stone-800">
            {labelText}
          </label>
        </div>
      ) : (
        <>
          <label htmlFor={id} className="block text-sm font-medium text-stone-800">
            {labelText}
          </label>
          {children}
        </>
      )}
      {count && <CharCount id={id} {...count} />}
      {help && (
        <p id={`${id}-help`} className="text-xs text-stone-600">
          {help}
        </p>
      )}
      {hint && !error && (
        <p className="text-xs text-emerald-700" aria-live="polite">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
      {after}
    </div>
  );
}

/** "12 / 64 characters", turning red past the limit; screen readers hear it only near the limit. */
export function CharCount({ id, length, max }: { id: string; length: number; max: number }) {
  const near = length >= max * 0.9;
  return (
    <p
      id={`${id}-count`}
      data-testid="char-count"
      className={`text-right text-xs ${length > max ? "text-red-700" : "text-stone-600"}`}
      aria-live={near ? "polite" : "off"}
    >
      {length} / {max} characters
    </p>
  );
}

export function describedBy(id: string, help?: string, error?: string): string | undefined {
  return [help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}
