// A numbered card of the publish form.
import type { ReactNode } from "react";

export function Step({
  n,
  id,
  title,
  intro,
  children,
}: {
  n: number;
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id={id} className="flex items-center gap-2 text-lg font-semibold">
        <span
          aria-hidden
          className="inline-flex h-6 w-6 items-center justify-center rounded-full bg-brand-100 text-xs font-bold text-brand-700"
        >
          {n}
        </span>
        {title}
      </h2>
      {intro && <p className="mt-1 text-sm text-stone-600">{intro}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
