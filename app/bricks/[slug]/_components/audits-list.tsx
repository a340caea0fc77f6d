import type { BrickPageData } from "@/lib/catalog/get-brick-page";
import { CodeHash } from "./section";

export function AuditsList({ versions }: { versions: BrickPageData["versions"] }) {
  const audits = versions.flatMap((v) => v.audits.map((a) => ({ ...a, version: v.version })));
  if (audits.length === 0) {
    return (
      <p className="text-sm text-stone-600">
        No audit has been published for this brick yet. Deploying unaudited code is at your own risk: read the description and the contract’s messages below.
      </p>
    );
  }
  return (
    <ul className="space-y-3">
      {audits.map((a) => {
        const verified = a.attestations.some((t) => t.verified);
        return (
          <li key={a.id} className="rounded border border-stone-200 p-3 text-sm">
            <p className="font-medium">
              Audited by {a.auditorName} — version {a.version}{" "}
              {verified ? <span className="text-emerald-700">— signature verified</span> : <span className="text-amber-700">— no verified signature</span>}
            </p>
            {a.scope && <p className="mt-1 text-stone-600">Scope: {a.scope}</p>}
            <p className="mt-1 text-stone-600">Report hash: <CodeHash hash={a.reportHash} /></p>
          </li>
        );
      })}
    </ul>
  );
}
