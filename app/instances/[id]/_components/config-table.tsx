// The answers this instance was created with, labelled as the form asked for them.
import { describeFields } from "@/lib/bricks/describe-fields";
import type { JsonSchema } from "@/lib/bricks/json-schema";

/** An answer as words: yes/no, a list as a list, an entry of a list as "field: value" pairs (never JSON). */
const show = (v: unknown): string =>
  v === undefined || v === null || v === ""
    ? "—"
    : typeof v === "string"
      ? v
      : typeof v === "boolean"
        ? v
          ? "Yes"
          : "No"
        : typeof v === "object"
          ? Object.entries(v)
              .map(([k, x]) => `${k}: ${show(x)}`)
              .join(", ")
          : String(v);

function Answer({ value }: { value: unknown }) {
  if (!Array.isArray(value)) return <>{show(value)}</>;
  if (value.length === 0) return <>none</>;
  return (
    <ul className="list-disc space-y-0.5 pl-4">
      {value.map((x, i) => (
        <li key={i}>{show(x)}</li>
      ))}
    </ul>
  );
}

export function ConfigTable({ schema, values }: { schema: JsonSchema; values: Record<string, unknown> }) {
  const fields = describeFields(schema);
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]" aria-label="Settings used">
      {fields.map((f) => (
        <div key={f.name} className="contents">
          <dt className="text-stone-600">{f.label}</dt>
          <dd className="min-w-0 font-mono text-xs [overflow-wrap:anywhere]">
            <Answer value={values[f.name]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
