import type { ReactNode } from "react";

const TONES = {
  neutral: "border-stone-200 bg-white",
  warn: "border-amber-300 bg-amber-50",
  error: "border-red-300 bg-red-50",
};

/** A titled box for each state of the sign-in flow. `busy` shows a small spinner by the title. */
export function Panel({
  tone,
  title,
  busy,
  children,
}: {
  tone: keyof typeof TONES;
  title: string;
  busy?: boolean;
  children?: ReactNode;
}) {
  return (
    <section
      role={tone === "error" ? "alert" : "status"}
      aria-busy={busy || undefined}
      className={`space-y-3 rounded-lg border p-5 shadow-sm ${TONES[tone]}`}
    >
      <h2 className="flex items-center gap-2 text-lg font-semibold">
        {busy && (
          <span
            aria-hidden
            className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-stone-300 border-t-brand-500"
          />
        )}
        {title}
      </h2>
      <div className="space-y-3 text-sm text-stone-700">{children}</div>
    </section>
  );
}
