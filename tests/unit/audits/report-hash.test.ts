import { describe, expect, it } from "vitest";
import { stringToU8a } from "@polkadot/util";
import { blake2AsHex } from "@polkadot/util-crypto";
import { reportDocument, reportHash, reportOfRow } from "@/lib/audits/report-hash";
import type { TAuditReport } from "@/lib/audits/schemas";

const REPORT: TAuditReport = {
  markdown: "# Audit\n\nNo issues in `transfer`.",
  scope: "lib.rs at 1a2b3c",
  findings: [{ title: "Missing event on approve", severity: "low", status: "fixed" }],
};

describe("the report hash", () => {
  it("is blake2-256 of the canonical report document (sorted keys, no spaces)", () => {
    const doc = reportDocument(REPORT);
    expect(doc).toBe(
      '{"findings":[{"severity":"low","status":"fixed","title":"Missing event on approve"}],"markdown":"# Audit\\n\\nNo issues in `transfer`.","scope":"lib.rs at 1a2b3c"}',
    );
    expect(reportHash(REPORT)).toBe(blake2AsHex(stringToU8a(doc), 256));
    expect(reportHash(REPORT)).toMatch(/^0x[0-9a-f]{64}$/);
  });

  it.each([
    ["the Markdown", { markdown: `${REPORT.markdown} ` }],
    ["the scope", { scope: "lib.rs at 9f9f9f" }],
    ["a finding's status", { findings: [{ ...REPORT.findings[0], status: "open" as const }] }],
    ["a finding's severity", { findings: [{ ...REPORT.findings[0], severity: "info" as const }] }],
    [
      "the findings' order",
      {
        findings: [
          ...REPORT.findings,
          { title: "Another", severity: "info" as const, status: "open" as const },
        ].reverse(),
      },
    ],
  ])("changes when %s changes", (_what, change) => {
    expect(reportHash({ ...REPORT, ...change })).not.toBe(reportHash(REPORT));
  });

  it("reads an Audit row's JSON findings column; a damaged one counts as no findings", () => {
    const row = { reportMarkdown: REPORT.markdown, scope: REPORT.scope, findings: JSON.stringify(REPORT.findings) };
    expect(reportHash(reportOfRow(row))).toBe(reportHash(REPORT));
    expect(reportOfRow({ ...row, findings: "{oops" }).findings).toEqual([]);
  });
});
