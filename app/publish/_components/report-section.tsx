"use client";
// Step 6 of every kind's publish form: the audit report. Its hash (blake2-256 of the report document:
// Markdown, scope and findings) is recorded, and it is what the attestation signs.
import { FindingsEditor } from "./findings-editor";
import { MarkdownField } from "./markdown-field";
import { Step } from "./step";
import { TextField } from "./text-field";

export function ReportSection() {
  return (
    <div className="space-y-4">
      <MarkdownField
        name="report.markdown"
        label="Report (Markdown)"
        rows={12}
        help="What you reviewed, how, what you found and your conclusion. Shown on the brick page, sanitised."
      />
      <TextField name="report.scope" label="Scope" help="e.g. lib.rs at commit 1a2b3c, constructor and all messages." />
      <FindingsEditor />
    </div>
  );
}

/** The step around the report; `id` is the kind's anchor for it. */
export function ReportStep({ id }: { id: string }) {
  return (
    <Step
      n={6}
      id={id}
      title="Audit report"
      intro="Its blake2-256 hash is recorded; after publishing you sign an attestation over the brick, version, code hash and report hash."
    >
      <ReportSection />
    </Step>
  );
}
