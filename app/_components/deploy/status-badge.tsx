// A deployment's status in words and colour (dashboard, instance page).
const STATUS: Record<string, { label: string; className: string }> = {
  draft: { label: "Not signed", className: "bg-stone-100 text-stone-700" },
  signed: { label: "Signed, waiting for a block", className: "bg-amber-100 text-amber-900" },
  in_block: { label: "In a block", className: "bg-sky-100 text-sky-900" },
  finalized: { label: "Finalized", className: "bg-emerald-100 text-emerald-900" },
  failed: { label: "Failed", className: "bg-red-100 text-red-900" },
  missing_on_chain: { label: "Missing on chain", className: "bg-red-100 text-red-900" },
};

export function StatusBadge({ status }: { status: string }) {
  const s = STATUS[status] ?? { label: status, className: "bg-stone-100 text-stone-700" };
  return (
    <span data-testid="deployment-status" data-status={status} className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ${s.className}`}>
      {s.label}
    </span>
  );
}

export function Check({ ok, yes, no, unknown = "Not checked yet" }: { ok: boolean | null | undefined; yes: string; no: string; unknown?: string }) {
  if (ok === null || ok === undefined) return <span className="text-stone-500">{unknown}</span>;
  return ok ? <span className="font-medium text-emerald-700">✓ {yes}</span> : <span className="font-medium text-red-700">✗ {no}</span>;
}
