// One audit of the version: report, scope, findings, recorded hash, and its attestations; the
// auditor who wrote it can sign it here.
import { Markdown } from "@/app/bricks/[slug]/_components/markdown";
import { FindingsTable } from "@/app/_components/audits/findings-table";
import { reportOfRow } from "@/lib/audits/report-hash";
import type { PublisherVersion } from "@/lib/publishing/get-publisher-version";
import { AttestButton } from "./attest-button";

type Audit = PublisherVersion["version"]["audits"][number];
const fmt = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function AuditCard({
  audit,
  slug,
  version,
  me,
}: {
  audit: Audit;
  slug: string;
  version: string;
  me: { id: string; address: string; accountId: string };
}) {
  const report = reportOfRow(audit);
  const verified = audit.attestations.filter((a) => a.verified);
  const mine = audit.auditorId === me.id;
  const signedByMe = verified.some((a) => a.publicKey === me.accountId);
  return (
    <article className="space-y-3 rounded-md border border-stone-200 p-4" aria-label={`Audit by ${audit.auditorName}`}>
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">Audit by {audit.auditorName}</h3>
        <span className="text-xs text-stone-500">{fmt.format(audit.createdAt)} UTC</span>
      </header>
      {report.scope && <p className="text-sm text-stone-700">Scope: {report.scope}</p>}
      <p className="text-xs text-stone-600">
        Report hash: <code className="break-all font-mono">{audit.reportHash}</code>
      </p>
      <FindingsTable findings={report.findings} />
      <details className="rounded bg-stone-50 p-3">
        <summary className="cursor-pointer text-sm font-medium">Read the report</summary>
        <div className="mt-2 text-sm">
          <Markdown source={report.markdown} />
        </div>
      </details>
      {verified.length > 0 ? (
        <ul className="space-y-1 text-sm" aria-label="Attestations">
          {verified.map((a) => (
            <li key={a.id} className="text-emerald-800">
              ✓ Signed by <span className="font-mono text-xs">{a.signer}</span> on {fmt.format(a.issuedAt)} UTC —
              signature verified
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-amber-800">
          Not signed yet: builders see “no verified signature” until the auditor signs.
        </p>
      )}
      {mine && (
        <AttestButton
          auditId={audit.id}
          slug={slug}
          version={version}
          address={me.address}
          alreadySigned={signedByMe}
        />
      )}
    </article>
  );
}
