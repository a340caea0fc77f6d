export function AuditBadge({ audited }: { audited: boolean }) {
  return audited ? (
    <span className="shrink-0 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800">
      Audited
    </span>
  ) : (
    <span className="shrink-0 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800">
      Not audited yet
    </span>
  );
}
