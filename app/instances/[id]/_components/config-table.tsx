// The answers this instance was created with, labelled as the form asked for them.
import { describeFields } from "@/lib/bricks/describe-fields";
import type { JsonSchema } from "@/lib/bricks/json-schema";

const show = (v: unknown) => (v === undefined || v === null || v === "" ? "—" : typeof v === "string" ? v : typeof v === "boolean" ? (v ? "Yes" : "No") : JSON.stringify(v));

export function ConfigTable({ schema, values }: { schema: JsonSchema; values: Record<string, unknown> }) {
  const fields = describeFields(schema);
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]" aria-label="Settings used">
      {fields.map((f) => (
        <div key={f.name} className="contents">
          <dt className="text-stone-600">{f.label}</dt>
          <dd className="break-all font-mono text-xs">{show(values[f.name])}</dd>
        </div>
      ))}
    </dl>
  );
}
