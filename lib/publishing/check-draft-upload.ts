// The live check's problems for a draft of any bundle kind: the JSON boxes that do not parse, else the
// missing upload, else what checkUpload (the same checks as `npm run bricks:check` and the publish)
// finds, each with the form field it belongs to. The kind brings its manifest, its uploaded text and
// the words for a missing upload; the caller checks the actor's role first.
import "server-only";
import type { DraftJsonError } from "./draft-json";
import type { DraftProblem } from "./check-draft";
import { checkUpload } from "./check-upload";

export async function checkDraftUpload(opts: {
  manifest: Record<string, unknown>;
  errors: DraftJsonError[];
  /** The form field holding the upload, and its text. */
  uploadField: string;
  uploadText: string;
  missing: { jsonPath: string; message: string; fix: string };
  fieldOf: (jsonPath: string, inBundle: boolean) => string;
}): Promise<DraftProblem[]> {
  const problems: DraftProblem[] = opts.errors.map((e) => ({
    field: e.field,
    jsonPath: "$",
    message: e.message,
    fix: "fix the JSON",
    inBundle: false,
  }));
  if (opts.errors.length > 0) return problems;
  if (!opts.uploadText.trim()) {
    problems.push({ field: opts.uploadField, ...opts.missing, inBundle: true });
    return problems;
  }
  const checked = await checkUpload({ manifest: opts.manifest, bundleText: opts.uploadText });
  if (!checked.ok)
    for (const p of checked.problems)
      problems.push({
        field: opts.fieldOf(p.jsonPath, p.inBundle),
        jsonPath: p.jsonPath,
        message: p.message,
        fix: p.fix,
        inBundle: p.inBundle,
      });
  return problems;
}
