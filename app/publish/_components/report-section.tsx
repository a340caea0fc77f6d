"use client";
// Step 6: the audit report. Its hash (blake2-256 of the report document: Markdown, scope and
// findings) is recorded, and it is what the attestation signs.
import { FindingsEditor } from "./findings-editor";
import { MarkdownField } from "./markdown-field";
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
