"use client";
// The message to show for a field: its own error, or the error on a list as a whole (RHF keeps
// that at `name` or, for field arrays, at `name.root`).
import { get, useFormState } from "react-hook-form";

export function useFieldError(name: string): string | undefined {
  const { errors } = useFormState({ name });
  const e = get(errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = e?.message ?? e?.root?.message;
  return typeof message === "string" ? message : undefined;
}
