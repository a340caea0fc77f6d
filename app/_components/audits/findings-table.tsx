// An audit's findings with their severity and status, for the brick page and the publishing area.
import type { TFinding } from "@/lib/audits/schemas";

const SEVERITY: Record<string, string> = {
  critical: "bg-red-100 text-red-800",
  high: "bg-orange-100 text-orange-800",
  medium: "bg-amber-100 text-amber-800",
  low: "bg-sky-100 text-sky-800",
  info: "bg-stone-100 text-stone-700",
};
const STATUS: Record<string, string> = {
  fixed: "text-emerald-700",
  acknowledged: "text-stone-700",
  open: "text-red-700",
};

export function FindingsTable({ findings }: { findings: TFinding[] }) {
  if (findings.length === 0) return <p className="text-sm text-stone-600">No findings.</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-stone-500">
        <tr>
          <th className="py-1 pr-2 font-medium">Finding</th>
          <th className="py-1 pr-2 font-medium">Severity</th>
          <th className="py-1 font-medium">Status</th>
        </tr>
      </thead>
      <tbody>
        {findings.map((f, i) => (
          <tr key={i} className="border-t border-stone-100 align-top">
            <td className="py-1 pr-2">{f.title}</td>
            <td className="py-1 pr-2">
              <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${SEVERITY[f.severity] ?? SEVERITY.info}`}>
                {f.severity}
              </span>
            </td>
            <td className={`py-1 text-xs font-medium ${STATUS[f.status] ?? ""}`}>{f.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
