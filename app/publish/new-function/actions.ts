"use server";
// The function publish form's actions: the live check, and the publish itself through the step every
// kind's form ends in (publishDraft: the one publishing service the REST API and the CLI use).
import { requireUser } from "@/lib/auth/session";
import { runAction } from "@/lib/actions/run-action";
import { edgeParse } from "@/lib/http/zod-edge";
import { hashText } from "@/lib/functions/sandbox/hash";
import { checkFunctionDraft } from "@/lib/publishing/check-function-draft";
import {
  functionDraftToManifest,
  functionProblemField,
  ZCheckFunctionDraft,
  ZPublishFunctionDraft,
} from "@/lib/publishing/function-draft";
import { publishDraft } from "../_lib/publish-draft";
import { runPublishAction } from "../_lib/publish-result";

export async function checkFunctionDraftAction(draft: unknown) {
  return runAction(async () =>
    checkFunctionDraft({ actorId: (await requireUser()).id, draft: edgeParse(ZCheckFunctionDraft, draft) }),
  );
}

export async function publishFunctionDraftAction(input: unknown) {
  return runPublishAction(async () => {
    const actorId = (await requireUser()).id;
    const draft = edgeParse(ZPublishFunctionDraft, input);
    return publishDraft({
      actorId,
      draft: functionDraftToManifest(draft, hashText(draft.sourceText)),
      uploadText: draft.sourceText,
      report: draft.report,
    });
  }, functionProblemField);
}
