"use client";
// Step 1 of a function brick: its JavaScript source, read in the browser and sent as text. The server
// computes its code hash (sha-256 of the text: what every run receipt names and the attestation covers)
// and checks it is plain source exporting `run`.
import type { SourceInfo } from "@/lib/publishing/check-function-draft";
import { FilePick, UploadFacts } from "../file-pick";
import { ProblemList } from "../problem-list";

export function SourceSection({ info }: { info: SourceInfo | null }) {
  return (
    <div className="space-y-3">
      <FilePick
        id="pub-source"
        label="Function source (.js)"
        accept=".js,.mjs,text/javascript,application/javascript"
        nameField="sourceName"
        textField="sourceText"
        maxBytes={512 * 1024}
        tooLarge="This file is larger than 512 KB: a function's source is at most 512 KB of JavaScript."
        hint={
          <>
            Plain JavaScript that exports <code className="font-mono">run</code> (and optionally{" "}
            <code className="font-mono">query</code>), never compiled code.
          </>
        }
      />
      {info && (
        <UploadFacts label="Source">
          <dt className="text-stone-600">File</dt>
          <dd className="font-medium">
            {info.name} <span className="font-normal text-stone-600">({info.bytes.toLocaleString("en")} bytes)</span>
          </dd>
          <dt className="text-stone-600">Code hash</dt>
          <dd className="break-all font-mono text-xs" data-testid="source-code-hash">
            {info.codeHash}{" "}
            <span className="font-sans text-stone-600">(sha-256 of the source, computed by Brickyard)</span>
          </dd>
          <dt className="text-stone-600">Query URL</dt>
          <dd>{info.exportsQuery ? "Yes: it exports a query handler" : "No query handler"}</dd>
        </UploadFacts>
      )}
      <ProblemList field="sourceText" />
    </div>
  );
}
