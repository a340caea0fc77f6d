"use client";
// Cross-field rules (x-rules: "shares add up to 100%", "each payee once") belong to a list as a
// whole. react-hook-form only re-validates the field being edited, so the list works its rule
// message out itself from all current answers, once the person has changed the list.
import { useMemo } from "react";
import { get, useFormState, useWatch } from "react-hook-form";
import { validateConfig } from "@/lib/bricks/config-schema";
import { useBrickForm } from "./form-context";

export function useListIssue(name: string): string | undefined {
  const { schema } = useBrickForm();
  const values = useWatch();
  const { dirtyFields, submitCount } = useFormState({ name });
  const changed = submitCount > 0 || Boolean(get(dirtyFields, name));
  return useMemo(() => {
    if (!changed) return undefined;
    const result = validateConfig(schema, values);
    if (result.success) return undefined;
    return result.issues.find((i) => i.path.join(".") === name)?.message;
  }, [changed, schema, values, name]);
}
