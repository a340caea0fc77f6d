// The review's "Your answers": what goes into the new contract, in the words of the form (a list
// shows as a list, not as JSON). The types and encodings are under "Technical details".
import type { TArgRow } from "@/lib/deployments/describe-args";
import { Card } from "@/app/_components/ui";

/** The entered value as text or a list of texts; `describeArgs` gives lists and records as JSON. */
export function enteredValue(entered: string): string | string[] {
  if (!/^[[{]/.test(entered)) return entered;
  try {
    const v: unknown = JSON.parse(entered);
    const line = (x: unknown): string =>
      typeof x === "string"
        ? x
        : typeof x === "boolean"
          ? x
            ? "Yes"
            : "No"
          : typeof x === "object" && x !== null
            ? Object.values(x).map(line).join(" — ")
            : String(x);
    if (Array.isArray(v)) return v.map(line);
    return line(v);
  } catch {
    return entered;
  }
}

export function ReviewAnswers({ args }: { args: TArgRow[] }) {
  return (
    <Card aria-labelledby="review-args">
      <h2 id="review-args" className="mb-2 text-lg font-semibold">
        Your answers
      </h2>
      <dl className="space-y-2 text-sm" data-testid="review-answers">
        {args.map((a) => {
          const value = enteredValue(a.entered);
          return (
            <div key={a.name} className="min-w-0">
              <dt className="text-stone-600">{a.from}</dt>
              <dd className="font-medium text-stone-900 [overflow-wrap:anywhere]">
                {Array.isArray(value) ? (
                  value.length ? (
                    <ul className="list-disc pl-5 font-normal">
                      {value.map((x, i) => (
                        <li key={i} className="font-mono text-xs">
                          {x}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "none"
                  )
                ) : (
                  value
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </Card>
  );
}
