// Runs checkBrick — the very checks of `npm run bricks:check` — on an upload held in memory: a
// manifest object and the bundle's text. The bundle is whatever file the manifest's "contract"
// names; the description must be inline (the CLI inlines a description file before sending).
import { checkBrick, type BrickProblem } from "@/lib/bricks/check-brick";
import { functionAsPublishable } from "@/lib/bricks/kinds/function/as-publishable";
import { checkFunctionUpload } from "@/lib/bricks/kinds/function/check-function-upload";
import type { PublishableBrick } from "@/lib/bricks/publish-brick-version";
import { AppError } from "@/lib/errors";

export type UploadProblem = BrickProblem & { inBundle: boolean };
export type UploadCheck = { ok: true; brick: PublishableBrick } | { ok: false; problems: UploadProblem[] };

export async function checkUpload({
  manifest,
  bundleText,
}: {
  manifest: Record<string, unknown>;
  bundleText: string;
}): Promise<UploadCheck> {
  // A function brick (manifest "kind": "function"): the bundle is its JavaScript source.
  if (manifest.kind === "function") {
    const fn = await checkFunctionUpload(manifest, bundleText);
    if (fn.ok) return { ok: true, brick: functionAsPublishable(fn.brick) };
    return { ok: false, problems: fn.problems.map((p) => ({ ...p, inBundle: p.jsonPath === "$.source" })) };
  }
  const bundleName = typeof manifest.contract === "string" && manifest.contract ? manifest.contract : "bundle.contract";
  const result = await checkBrick({
    file: "brick.json",
    manifestText: JSON.stringify({ ...manifest, contract: bundleName }),
    read: async (relative) => (relative === bundleName ? bundleText : undefined),
    nameOf: (relative) => relative,
  });
  if (result.ok) return result;
  return { ok: false, problems: result.problems.map((p) => ({ ...p, inBundle: p.file === bundleName })) };
}

/** A refused upload: every problem, keyed for API clients by JSON path ("bundle:" for the bundle file). */
export class BrickProblemsError extends AppError {
  constructor(readonly problems: UploadProblem[]) {
    const fields: Record<string, string[]> = {};
    for (const p of problems)
      (fields[p.inBundle ? `bundle:${p.jsonPath}` : p.jsonPath] ??= []).push(`${p.message} — ${p.fix}`);
    const first = problems[0];
    super("BAD_INPUT", {
      userMessage:
        problems.length === 1
          ? `The brick has a problem: ${first.message} — ${first.fix}`
          : `The brick has ${problems.length} problems; the first: ${first.message} — ${first.fix}`,
      fields,
    });
  }
}
