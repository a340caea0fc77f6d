// "Why is my network not listed?": each network this version cannot go to right now, with the reason.
export function MissingNetworks({ missing }: { missing: { slug: string; name: string; reason: string }[] }) {
  if (!missing.length) return null;
  return (
    <details
      className="rounded-md border border-stone-200 bg-stone-50 p-3 text-sm text-stone-700"
      data-testid="missing-networks"
    >
      <summary className="cursor-pointer">Not listed: {missing.map((m) => m.name).join(", ")} — why?</summary>
      <ul className="mt-2 space-y-1">
        {missing.map((m) => (
          <li key={m.slug}>
            <span className="font-medium">{m.name}</span>: {m.reason}.
          </li>
        ))}
      </ul>
    </details>
  );
}
