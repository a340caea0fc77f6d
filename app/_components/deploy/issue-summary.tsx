"use client";
// After a submit attempt, every answer that still needs attention, with its label: a second place
// to read the form's messages (entries of plain lists, for one, have no message of their own).
import type { ConfigIssue, JsonSchema } from "@/lib/bricks/config-schema";
import { labelOf, schemaAt, type Path } from "@/lib/bricks/json-schema";

function labelFor(schema: JsonSchema, path: Path): string {
  const parts: string[] = [];
  path.forEach((p, i) => {
    if (typeof p === "number") parts.push(String(p + 1));
    else parts.push(labelOf(schemaAt(schema, path.slice(0, i + 1)), p));
  });
  return parts.join(" ") || "The form";
}

/** `extra`: problems outside the brick's own form (instance name, the contract check), same list. */
export function IssueSummary({
  schema,
  issues,
  extra = [],
}: {
  schema: JsonSchema;
  issues: ConfigIssue[];
  extra?: { label: string; message: string }[];
}) {
  const count = issues.length + extra.length;
  if (count === 0) return null;
  return (
    <div
      role="alert"
      data-testid="issue-summary"
      className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900 [overflow-wrap:anywhere]"
    >
      <p className="font-medium">
        {count === 1 ? "One answer needs" : `${count} answers need`} attention before the review:
      </p>
      <ul className="mt-1 list-disc pl-5">
        {extra.map((e) => (
          <li key={e.label}>
            <span className="font-medium">{e.label}</span>: {e.message}
          </li>
        ))}
        {issues.map((i) => (
          <li key={i.path.join(".")}>
            <span className="font-medium">{labelFor(schema, i.path)}</span>: {i.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
