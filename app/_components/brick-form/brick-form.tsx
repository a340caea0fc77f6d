"use client";
// The form builders fill in, generated from a brick's config schema (JSON Schema): one input per
// field, validated live with the very zod schema the server uses (configSchemaToZod), including
// the domain formats and cross-field rules, in plain words. Fields marked x-advanced sit behind
// "Advanced". Self-contained: the publish preview and the deploy flow both use it.
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useMemo, useRef, type ReactNode } from "react";
import { FormProvider, useForm } from "react-hook-form";
import type { z } from "zod";
import {
  configSchemaToZod,
  describeFields,
  validateConfig,
  type ConfigResult,
  type ConfigValues,
  type JsonSchema,
} from "@/lib/bricks/config-schema";
import { FieldList } from "./field-list";
import { BrickFormContext } from "./form-context";
import { initialValues } from "./initial-values";
import { Button } from "@/app/_components/ui";

export type BrickFormProps = {
  schema: JsonSchema;
  defaultValues?: ConfigValues;
  /** Called with the validated answers (defaults applied). Without it, no submit button is shown. */
  onSubmit?: (values: ConfigValues) => void | Promise<void>;
  /** Called on every change with the raw answers and their validation result. */
  onChange?: (values: ConfigValues, result: ConfigResult) => void;
  submitLabel?: string;
  /** Accessible name of the form. */
  label?: string;
  /** Shown right under a top-level field, by name (the deploy page's live contract check). */
  after?: Record<string, ReactNode>;
};

export function BrickForm({
  schema,
  defaultValues,
  onSubmit,
  onChange,
  submitLabel = "Continue",
  label = "Brick settings",
  after,
}: BrickFormProps) {
  const idPrefix = `bf${useId().replace(/:/g, "")}`;
  const resolver = useMemo(
    () => zodResolver(configSchemaToZod(schema) as unknown as z.ZodType<ConfigValues, ConfigValues>),
    [schema],
  );
  const form = useForm<ConfigValues>({
    resolver,
    mode: "onTouched",
    reValidateMode: "onChange",
    defaultValues: initialValues(schema, defaultValues),
  });
  const fields = useMemo(() => describeFields(schema), [schema]);
  const basic = fields.filter((f) => !f.advanced);
  const advanced = fields.filter((f) => f.advanced);

  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  useEffect(() => {
    const report = (values: ConfigValues) => onChangeRef.current?.(values, validateConfig(schema, values));
    report(form.getValues());
    return form.subscribe({ formState: { values: true }, callback: ({ values }) => report(values) });
  }, [form, schema]);

  const context = useMemo(() => ({ schema, idPrefix, after }), [schema, idPrefix, after]);
  return (
    <BrickFormContext.Provider value={context}>
      <FormProvider {...form}>
        <form
          aria-label={label}
          noValidate
          className="space-y-4"
          onSubmit={form.handleSubmit(async (values) => onSubmit?.(values))}
        >
          {basic.length === 0 && advanced.length === 0 && (
            <p className="text-sm text-stone-600">This brick asks for nothing: it is ready to deploy as it is.</p>
          )}
          <FieldList fields={basic} parent="" />
          {advanced.length > 0 && (
            <details className="rounded-md border border-stone-200 bg-white p-3 [&[open]>summary]:mb-3">
              <summary className="cursor-pointer text-sm font-medium text-stone-700">
                Advanced ({advanced.length})
              </summary>
              <div className="space-y-4">
                <FieldList fields={advanced} parent="" />
              </div>
            </details>
          )}
          {onSubmit && (
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {submitLabel}
            </Button>
          )}
        </form>
      </FormProvider>
    </BrickFormContext.Provider>
  );
}
