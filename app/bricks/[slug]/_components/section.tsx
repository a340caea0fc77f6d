import type { ReactNode } from "react";

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function CodeHash({ hash }: { hash: string }) {
  return <code className="break-all rounded bg-stone-100 px-1 py-0.5 font-mono text-xs">{hash}</code>;
}
