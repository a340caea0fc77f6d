// The function publish form's live check: the very check the publish runs (checkUpload → the function
// brick check of `npm run bricks:check`), on the draft as it is now, plus what the form shows about the
// uploaded source: its sha-256 code hash (what receipts name and the attestation covers) and size.
import "server-only";
import { db } from "@/lib/db";
import { requirePlatformRole } from "@/lib/admin/require-platform-role";
import { hashText } from "@/lib/functions/sandbox/hash";
import { hasQueryHandler } from "@/lib/functions/queries/query-params";
import { checkDraftUpload } from "./check-draft-upload";
import type { DraftProblem } from "./check-draft";
import { functionDraftToManifest, functionProblemField, type TCheckFunctionDraft } from "./function-draft";

export type SourceInfo = { name: string; codeHash: string; bytes: number; exportsQuery: boolean };
export type FunctionDraftCheck = { ok: boolean; problems: DraftProblem[]; source: SourceInfo | null };

export async function checkFunctionDraft(opts: {
  actorId: string;
  draft: TCheckFunctionDraft;
}): Promise<FunctionDraftCheck> {
  await requirePlatformRole(db, { actorId: opts.actorId, action: "brick.publish", doing: "check brick drafts" });
  const { draft } = opts;
  const codeHash = hashText(draft.sourceText);
  const source = draft.sourceText
    ? {
        name: draft.sourceName || "function.js",
        codeHash,
        bytes: Buffer.byteLength(draft.sourceText, "utf8"),
        exportsQuery: hasQueryHandler(draft.sourceText),
      }
    : null;
  const problems = await checkDraftUpload({
    ...functionDraftToManifest(draft, codeHash),
    uploadField: "sourceText",
    uploadText: draft.sourceText,
    missing: {
      jsonPath: "$.source",
      message: "No JavaScript source is uploaded yet",
      fix: "choose the .js file that exports run",
    },
    fieldOf: functionProblemField,
  });
  return { ok: problems.length === 0, problems, source };
}
