"use client";
// Step 1 of a function brick: its JavaScript source, read in the browser and sent as text. The server
// computes its code hash (sha-256 of the text: what every run receipt names and the attestation covers)
// and checks it is plain source exporting `run`.
import { useState } from "react";
import { get, useFormContext, useFormState, useWatch } from "react-hook-form";
import type { SourceInfo } from "@/lib/publishing/check-function-draft";
import type { TPublishFunctionDraft } from "@/lib/publishing/function-draft";
import { ProblemList } from "../problem-list";

export function SourceSection({ info }: { info: SourceInfo | null }) {
  const { setValue } = useFormContext<TPublishFunctionDraft>();
  const { errors } = useFormState({ name: "sourceText" });
  const sourceName = useWatch<TPublishFunctionDraft, "sourceName">({ name: "sourceName" });
  const [readError, setReadError] = useState<string | null>(null);
  const error = readError ?? (get(errors, "sourceText") as { message?: string } | undefined)?.message;

  async function onFile(file: File | undefined) {
    if (!file) return;
    setReadError(null);
    if (file.size > 512 * 1024)
      return setReadError("This file is larger than 512 KB: a function's source is at most 512 KB of JavaScript.");
    setValue("sourceName", file.name, { shouldDirty: true });
    setValue("sourceText", await file.text(), { shouldDirty: true, shouldValidate: true });
  }

  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label htmlFor="pub-source" className="block text-sm font-medium text-stone-800">
          Function source (.js)
        </label>
        <input
          id="pub-source"
          type="file"
          accept=".js,.mjs,text/javascript,application/javascript"
          onChange={(e) => void onFile(e.target.files?.[0])}
          className="block w-full text-sm text-stone-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-500 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-white hover:file:bg-brand-600"
        />
        <p className="text-xs text-stone-600">
          Plain JavaScript that exports <code className="font-mono">run</code> (and optionally{" "}
          <code className="font-mono">query</code>), never compiled code.
          {sourceName && (
            <>
              {" "}
              Chosen: <span className="font-mono">{sourceName}</span>
            </>
          )}
        </p>
        {error && (
          <p role="alert" className="text-xs text-red-700">
            {error}
          </p>
        )}
      </div>
      {info && (
        <dl
          className="grid gap-x-4 gap-y-1 rounded-md bg-stone-50 p-3 text-sm sm:grid-cols-[auto_1fr]"
          aria-label="Source"
        >
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
        </dl>
      )}
      <ProblemList field="sourceText" />
    </div>
  );
}
