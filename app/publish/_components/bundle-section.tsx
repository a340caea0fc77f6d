"use client";
// Step 1: the ink! .contract bundle. It is read in the browser and sent with the draft; the server
// parses it, recomputes blake2-256 of the wasm and checks the wasm against the chain's rules.
import type { BundleInfo } from "@/lib/publishing/check-draft";
import { FilePick, UploadFacts } from "./file-pick";
import { ProblemList } from "./problem-list";
import { useProblems } from "./problems-context";

export function BundleSection({ info }: { info: BundleInfo | null }) {
  const hasProblems = useProblems("bundleText").length > 0;
  return (
    <div className="space-y-3">
      <FilePick
        id="pub-bundle"
        label="Contract bundle (.contract)"
        accept=".contract,.json,application/json"
        nameField="bundleName"
        textField="bundleText"
        maxBytes={2_000_000}
        tooLarge="This file is larger than 2 MB: a contract bundle is at most about 600 KB. Choose the .contract file."
        hint="The file cargo-contract writes (ink! metadata v4 or v5, with the wasm inside)."
      />
      {info && (
        <UploadFacts label="Bundle">
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
        </UploadFacts>
      )}
      <ProblemList field="bundleText" />
    </div>
  );
}
