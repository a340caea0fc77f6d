// signed → in block → finalized (or failed, with the reason), as a row of steps.
const STEPS = [
  { key: "signed", label: "Signed" },
  { key: "in_block", label: "In a block" },
  { key: "finalized", label: "Finalized" },
] as const;
const ORDER: Record<string, number> = { draft: -1, signed: 0, in_block: 1, finalized: 2 };

export function ProgressSteps({ status, failureReason }: { status: string; failureReason: string | null }) {
  if (status === "failed") {
    return (
      <p
        role="alert"
        className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
        data-testid="failure"
      >
        <span className="font-medium">The deploy failed.</span> {failureReason}
      </p>
    );
  }
  const at = ORDER[status] ?? -1;
  return (
    <ol className="flex flex-wrap items-center gap-2 text-sm" aria-label="Progress">
      {STEPS.map((s, i) => {
        const done = i <= at;
        return (
          <li key={s.key} className="flex items-center gap-2" aria-current={i === at ? "step" : undefined}>
            <span
              className={`inline-flex h-6 w-6 items-center justify-center rounded-full text-xs font-bold ${done ? "bg-emerald-600 text-white" : "bg-stone-200 text-stone-500"}`}
              aria-hidden
            >
              {done ? "✓" : i + 1}
            </span>
            <span className={done ? "font-medium text-stone-900" : "text-stone-500"}>{s.label}</span>
            {i < STEPS.length - 1 && <span aria-hidden className="mx-1 h-px w-8 bg-stone-300" />}
          </li>
        );
      })}
    </ol>
  );
}
