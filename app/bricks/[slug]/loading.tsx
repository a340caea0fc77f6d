export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading the brick…</span>
      <div className="h-9 w-72 animate-pulse rounded bg-stone-200" />
      <div className="h-5 w-96 max-w-full animate-pulse rounded bg-stone-200" />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="h-64 animate-pulse rounded-lg bg-stone-200" />
        <div className="h-64 animate-pulse rounded-lg bg-stone-200" />
      </div>
    </div>
  );
}
