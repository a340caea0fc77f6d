"use server";
// The function publish form's actions: the live check, and the publish itself through the one
// publishing service the REST API and the CLI use (publishVersion: auditor role and version rules
// checked in its transaction, nothing written on a refusal).
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { runAction } from "@/lib/actions/run-action";
import { AppError } from "@/lib/errors";
import { edgeParse } from "@/lib/http/zod-edge";
import { hashText } from "@/lib/functions/sandbox/hash";
import { checkFunctionDraft } from "@/lib/publishing/check-function-draft";
import {
  functionDraftToManifest,
  functionProblemField,
  ZCheckFunctionDraft,
  ZPublishFunctionDraft,
} from "@/lib/publishing/function-draft";
import { publishVersion } from "@/lib/publishing/publish-version";
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
    const { manifest, errors } = functionDraftToManifest(draft, hashText(draft.sourceText));
    if (errors.length)
      throw new AppError("BAD_INPUT", {
        userMessage: errors[0].message,
        fields: Object.fromEntries(errors.map((e) => [e.field, [e.message]])),
      });
    const result = await publishVersion({
      actorId,
      manifest,
      bundleText: draft.sourceText,
      report: draft.report,
      source: "ui",
    });
    revalidatePath("/publish");
    revalidatePath(`/bricks/${result.slug}`);
    revalidatePath(`/publish/${result.slug}/${result.version}`);
    return { slug: result.slug, version: result.version, outcome: result.outcome };
  }, functionProblemField);
}
