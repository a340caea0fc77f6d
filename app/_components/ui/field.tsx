// A labelled form control with its help and its error, wired for screen readers (aria-describedby,
// aria-invalid): the one way forms in Brickyard put a message at its field.
import { useId, type ComponentProps, type ReactNode } from "react";
import { inputClass, labelClass } from "./classes";

type TFieldProps = {
  label: ReactNode;
  help?: ReactNode;
  error?: string | null;
  children: (control: {
    id: string;
    describedBy: string | undefined;
    invalid: boolean;
    className: string;
  }) => ReactNode;
};

export function Field({ label, help, error, children }: TFieldProps) {
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children({ id, describedBy, invalid: Boolean(error), className: inputClass })}
      {help && (
        <p id={helpId} className="text-xs text-stone-600">
          {help}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** A label with the shared look, for a control laid out by its page (Field does both for a new form). */
export function Label({ className = "", ...rest }: ComponentProps<"label">) {
  return <label className={`${labelClass} ${className}`.trim()} {...rest} />;
}
