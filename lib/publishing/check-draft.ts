// The publish form's live check: the same checkBrick the publish itself runs, on the draft as it
// is now, plus what the form needs from the bundle (its constructors and their ABI types) to offer
// the mapping editor. Problems come back with the form field each belongs to.
import "server-only";
import { db } from "@/lib/db";
import { requirePlatformRole } from "@/lib/admin/require-platform-role";
import { BundleError, parseBundle } from "@/lib/bricks/bundle";
import { checkDraftUpload } from "./check-draft-upload";
import { draftToManifest } from "./draft-to-manifest";
import { problemField } from "./problem-field";
import type { TCheckDraft } from "./schemas";

export type DraftProblem = { field: string; jsonPath: string; message: string; fix: string; inBundle: boolean };
export type BundleInfo = {
  name: string;
  metadataVersion: number;
  language: string;
  codeHash: string;
  declaredHash: string;
  constructors: { label: string; args: { name: string; type: string }[] }[];
};
export type DraftCheck = { ok: boolean; problems: DraftProblem[]; bundle: BundleInfo | null };

export async function checkDraft(opts: { actorId: string; draft: TCheckDraft }): Promise<DraftCheck> {
  await requirePlatformRole(db, { actorId: opts.actorId, action: "brick.publish", doing: "check brick drafts" });
  const { draft } = opts;
  const bundle = describeBundle(draft.bundleText);
  const problems = await checkDraftUpload({
    ...draftToManifest(draft),
    uploadField: "bundleText",
    uploadText: draft.bundleText,
    missing: {
      jsonPath: "$",
      message: "No contract bundle is uploaded yet",
      fix: "choose the .contract file cargo-contract wrote",
    },
    fieldOf: problemField,
  });
  return { ok: problems.length === 0, problems, bundle };
}

function describeBundle(text: string): BundleInfo | null {
  if (!text.trim()) return null;
  try {
    const b = parseBundle(text);
    return {
      name: b.contract.name,
      metadataVersion: b.metadataVersion,
      language: b.language,
      codeHash: b.codeHash,
      declaredHash: b.declaredHash,
      constructors: b.constructors.map((c) => ({
        label: c.label,
        args: c.args.map((a) => ({ name: a.name, type: a.typeName })),
      })),
    };
  } catch (error) {
    if (error instanceof BundleError) return null;
    throw error;
  }
}
