// The brick page's audits: who audited which version, whether their signature verifies, the
// scope, findings and report, and a button that verifies again in the visitor's browser.
import type { BrickPageData } from "@/lib/catalog/get-brick-page";
import { reportOfRow } from "@/lib/audits/report-hash";
import { FindingsTable } from "@/app/_components/audits/findings-table";
import { shortAddress } from "@/lib/wallet/short-address";
import { Markdown } from "./markdown";
import { CodeHash } from "./section";
import { VerifyAgainButton } from "./verify-again-button";

const fmt = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export function AuditsList({ versions }: { versions: BrickPageData["versions"] }) {
  const audits = versions.flatMap((v) => v.audits.map((a) => ({ ...a, version: v.version })));
  if (audits.length === 0) {
    return (
      <p className="text-sm text-stone-600">
        No audit has been published for this brick yet. Deploying unaudited code is at your own risk: read what it does
        and its risks above.
      </p>
    );
  }
  return (
    <ul className="space-y-3" aria-label="Audits list">
      {audits.map((a) => {
        const signed = a.attestations.filter((t) => t.verified);
        const report = reportOfRow(a);
        return (
          <li key={a.id} className="space-y-2 rounded border border-stone-200 p-3 text-sm" data-testid="audit">
            <p className="font-medium">
              Audited by {a.auditorName} — version {a.version}{" "}
              {signed.length > 0 ? (
                <span className="text-emerald-700">— signature verified</span>
              ) : (
                <span className="text-amber-700">— no verified signature</span>
              )}
            </p>
            {signed.map((t) => (
              <p key={t.id} className="text-xs text-stone-600">
                Signed by{" "}
                <span className="font-mono" title={t.signer}>
                  {shortAddress(t.signer, 6)}
                </span>{" "}
                on {fmt.format(t.issuedAt)}
              </p>
            ))}
            {report.scope && <p className="text-stone-600">Scope: {report.scope}</p>}
            {report.findings.length > 0 && <FindingsTable findings={report.findings} />}
            <p className="text-stone-600">
              Report hash: <CodeHash hash={a.reportHash} />
            </p>
            <details>
              <summary className="cursor-pointer text-xs font-medium text-brand-600">Read the report</summary>
              <div className="mt-2">
                <Markdown source={report.markdown} />
              </div>
            </details>
            {signed.length > 0 && <VerifyAgainButton version={a.version} auditId={a.id} />}
          </li>
        );
      })}
    </ul>
  );
}
