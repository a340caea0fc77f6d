// A deployment's status in words and colour (dashboard, instance page); the words live in lib/statuses.
import { deploymentStatusWords, TONE_CLASSES } from "@/lib/statuses/status-words";

export function StatusBadge({ status }: { status: string }) {
  const s = deploymentStatusWords(status);
  return (
    <span
      data-testid="deployment-status"
      data-status={status}
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ${TONE_CLASSES[s.tone]}`}
    >
      {s.label}
    </span>
  );
}

export function Check({
  ok,
  yes,
  no,
  unknown = "Not checked yet",
}: {
  ok: boolean | null | undefined;
  yes: string;
  no: string;
  unknown?: string;
}) {
  if (ok === null || ok === undefined) return <span className="text-stone-500">{unknown}</span>;
  return ok ? (
    <span className="font-medium text-emerald-700">✓ {yes}</span>
  ) : (
    <span className="font-medium text-red-700">✗ {no}</span>
  );
}
