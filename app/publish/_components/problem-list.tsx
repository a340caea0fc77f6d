"use client";
// The static-check problems of one field, each with its JSON path, what is wrong and what to
// change: the same lines `npm run bricks:check` prints.
import { useProblems } from "./problems-context";

export function ProblemList({ field, id }: { field: string; id?: string }) {
  const problems = useProblems(field);
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="space-y-1" aria-label="Problems">
      {problems.map((p, i) => (
        <li key={i} role="alert" className="rounded border border-red-200 bg-red-50 px-2 py-1 text-xs text-red-800">
          {p.jsonPath !== "$" && (
            <code className="mr-1 font-mono text-[11px] text-red-900">
              {p.inBundle ? `bundle ${p.jsonPath}` : p.jsonPath}
            </code>
          )}
          {p.message} — <span className="text-red-700">{p.fix}</span>
        </li>
      ))}
    </ul>
  );
}
