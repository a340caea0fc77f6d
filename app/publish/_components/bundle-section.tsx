"use client";
// Step 1: the ink! .contract bundle. It is read in the browser and sent with the draft; the server
// parses it, recomputes blake2-256 of the wasm and checks the wasm against the chain's rules.
import { useState } from "react";
import { get, useFormContext, useFormState, useWatch } from "react-hook-form";
import type { BundleInfo } from "@/lib/publishing/check-draft";
import type { TPublishDraft } from "@/lib/publishing/schemas";
import { ProblemList } from "./problem-list";
import { useProblems } from "./problems-context";

export function BundleSection({ info }: { info: BundleInfo | null }) {
  const { setValue } = useFormContext<TPublishDraft>();
  const { errors } = useFormState({ name: "bundleText" });
  const bundleName = useWatch<TPublishDraft, "bundleName">({ name: "bundleName" });
  const [readError, setReadError] = useState<string | null>(null);
  const hasProblems = useProblems("bundleText").length > 0;
  const error = readError ?? (get(errors, "bundleText") as { message?: string } | undefined)?.message;

  async function onFile(file: File | undefined) {
    if (!file) return;
    setReadError(null);
    if (file.size > 2_000_000)
      return setReadError(
        "This file is larger than 2 MB: a contract bundle is at most about 600 KB. Choose the .contract file.",
      );
    setValue("bundleName", file.name, { shouldDirty: true });
    setValue("bundleText", await file.text(), { shouldDirty: true, shouldValidate: true });
  }

  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label htmlFor="pub-bundle" className="block text-sm font-medium text-stone-800">
          Contract bundle (.contract)
        </label>
        <input
          id="pub-bundle"
          type="file"
          accept=".contract,.json,application/json"
          onChange={(e) => void onFile(e.target.files?.[0])}
          className="block w-full text-sm text-stone-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-500 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-white hover:file:bg-brand-600"
        />
        <p className="text-xs text-stone-600">
          The file cargo-contract writes (ink! metadata v4 or v5, with the wasm inside).
          {bundleName && (
            <>
              {" "}
              Chosen: <span className="font-mono">{bundleName}</span>
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
          aria-label="Bundle"
        >
          <dt className="text-stone-600">Contract</dt>
          <dd className="font-medium">
            {info.name}{" "}
            <span className="font-normal text-stone-600">
              ({info.language}, metadata v{info.metadataVersion})
            </span>
          </dd>
          <dt className="text-stone-600">Code hash</dt>
          <dd className="break-all font-mono text-xs" data-testid="bundle-code-hash">
            {info.codeHash}{" "}
            {info.codeHash === info.declaredHash && !hasProblems ? (
              <span className="font-sans text-emerald-700">✓ recomputed, matches the bundle</span>
            ) : info.codeHash !== info.declaredHash ? (
              <span className="font-sans text-red-700">✗ the bundle says {info.declaredHash}</span>
            ) : null}
          </dd>
          <dt className="text-stone-600">Constructors</dt>
          <dd>{info.constructors.map((c) => c.label).join(", ") || "none"}</dd>
        </dl>
      )}
      <ProblemList field="bundleText" />
    </div>
  );
}
