"use client";
// Step 3: the config schema (JSON Schema) beside a live preview of the exact form builders will
// fill in — the same BrickForm component the deploy flow uses, validating the same way.
import { useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import { BrickForm } from "@/app/_components/brick-form";
import { checkConfigSchema } from "@/lib/bricks/check-config-schema";
import { toJsonPath, type JsonSchema } from "@/lib/bricks/json-schema";
import type { ConfigValues } from "@/lib/bricks/config-schema";
import { parseJsonText } from "@/lib/publishing/draft-json";
import { TextField } from "./text-field";
import { useDebounced } from "./use-debounced";

type Parsed = { schema: JsonSchema } | { error: string };

const CONFIG_HELP =
  'An object schema. Named formats: ss58-address, contract-address, token-amount (with x-decimals or x-decimals-field), basis-points, url, duration. Also title, description, default, enum with x-enum-labels, x-advanced, and x-rules such as { "kind": "sum", "array": "payees", "field": "share", "equals": 10000 }.';

/** `name`/`label`/`what`: the box it edits (a function brick's form is its "inputs" schema). */
export function ConfigSection({
  name = "configText",
  label = "Config schema (JSON Schema 2020-12)",
  what = "config",
}: {
  name?: string;
  label?: string;
  what?: string;
}) {
  const text = useDebounced(useWatch({ name }) as string, 400);
  const [tried, setTried] = useState<ConfigValues | null>(null);
  const parsed = useMemo<Parsed>(() => {
    const json = parseJsonText(text ?? "", `The ${what} schema`);
    if (!json.ok) return { error: json.message };
    const problems = checkConfigSchema(json.value);
    if (problems.length)
      return {
        error: `${problems.length} problem${problems.length > 1 ? "s" : ""} in the schema, the first at ${toJsonPath([what, ...problems[0].path])}: ${problems[0].message} — ${problems[0].fix}`,
      };
    return { schema: json.value as JsonSchema };
  }, [text, what]);

  return (
    <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
      <div className="space-y-2">
        <TextField name={name} label={label} rows={22} mono help={CONFIG_HELP} />
        {"error" in parsed && (
          <p role="alert" className="rounded border border-amber-200 bg-amber-50 px-2 py-1 text-xs text-amber-900">
            {parsed.error}
          </p>
        )}
      </div>
      <div className="space-y-3" aria-label="Live form preview">
        <div>
          <h3 className="text-sm font-semibold text-stone-800">What builders will see</h3>
          <p className="text-xs text-stone-600">
            A live preview, validated exactly like the real form. Try wrong answers.
          </p>
        </div>
        <div className="rounded-lg border border-dashed border-brand-500/40 bg-brand-50/40 p-4">
          {"schema" in parsed ? (
            <BrickForm
              key={text}
              schema={parsed.schema}
              label="Form preview"
              submitLabel="Try these answers"
              onSubmit={(v) => setTried(v)}
              onChange={() => setTried(null)}
            />
          ) : (
            <p className="text-sm text-stone-600">Fix the schema to see the form.</p>
          )}
        </div>
        {tried && (
          <div
            role="status"
            className="space-y-1 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-xs text-emerald-900"
          >
            <p className="font-medium">These answers are valid. After defaults, the form hands over:</p>
            <pre className="overflow-x-auto font-mono">{JSON.stringify(tried, null, 2)}</pre>
          </div>
        )}
      </div>
    </div>
  );
}
