// The report an auditor signs for is more than its Markdown: the scope and each finding's severity
// and status count too, so none of them can change without breaking the attestation. The report
// document is the canonical JSON of { findings, markdown, scope }; its hash is blake2-256 of the
// UTF-8 bytes. Browser-safe: the "Verify again" button recomputes it.
import { stringToU8a } from "@polkadot/util";
import { blake2AsHex } from "@polkadot/util-crypto";
import { canonicalJson } from "./canonical-json";
import type { TAuditReport } from "./schemas";

export type ReportParts = Pick<TAuditReport, "markdown" | "scope" | "findings">;

export function reportDocument(report: ReportParts): string {
  return canonicalJson({
    findings: report.findings.map((f) => ({ severity: f.severity, status: f.status, title: f.title })),
    markdown: report.markdown,
    scope: report.scope,
  });
}

export function reportHash(report: ReportParts): `0x${string}` {
  return blake2AsHex(stringToU8a(reportDocument(report)), 256);
}

/** An Audit row's findings column (JSON text) as report parts; a damaged column reads as no findings. */
export function reportOfRow(row: { reportMarkdown: string; scope: string; findings: string }): ReportParts {
  let findings: ReportParts["findings"] = [];
  try {
    const parsed: unknown = JSON.parse(row.findings);
    if (Array.isArray(parsed)) findings = parsed as ReportParts["findings"];
  } catch {
    findings = [];
  }
  return { markdown: row.reportMarkdown, scope: row.scope, findings };
}
