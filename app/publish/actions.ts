"use server";
// Thin wrappers: who is asking (session) → the service (which checks the auditor role inside its
// transaction) → refresh the pages that show the result.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { edgeParse } from "@/lib/http/zod-edge";
import { createAttestation } from "@/lib/audits/create-attestation";
import { prepareAttestation } from "@/lib/audits/prepare-attestation";
import { checkDraft } from "@/lib/publishing/check-draft";
import { deprecateVersion } from "@/lib/publishing/deprecate-version";
import { draftToManifest } from "@/lib/publishing/draft-to-manifest";
import { recordCodeUpload } from "@/lib/publishing/record-code-upload";
import { ZCheckDraft, ZPublishDraft, type TCheckDraft, type TPublishDraft } from "@/lib/publishing/schemas";
import { yankVersion } from "@/lib/publishing/yank-version";
import { transferBrick } from "@/lib/bricks/owners/transfer-brick";
import { runAction } from "@/lib/actions/run-action";
import { publishDraft } from "./_lib/publish-draft";
import { runPublishAction } from "./_lib/publish-result";
import { edgeTexts } from "@/lib/http/zod-edge";

type VersionRef = { slug: string; version: string };

function refresh(slug: string, version?: string) {
  revalidatePath("/publish");
  revalidatePath(`/bricks/${slug}`);
  if (version) revalidatePath(`/publish/${slug}/${version}`);
}

export async function checkDraftAction(draft: TCheckDraft) {
  return runAction(async () => checkDraft({ actorId: (await requireUser()).id, draft: edgeParse(ZCheckDraft, draft) }));
}

export async function publishDraftAction(input: TPublishDraft) {
  return runPublishAction(async () => {
    const actorId = (await requireUser()).id;
    const draft = edgeParse(ZPublishDraft, input);
    return publishDraft({ actorId, draft: draftToManifest(draft), uploadText: draft.bundleText, report: draft.report });
  });
}

export async function prepareAttestationAction(input: { auditId: string }) {
  return runAction(async () =>
    prepareAttestation({ actorId: (await requireUser()).id, auditId: edgeTexts(input, ["auditId"]).auditId }),
  );
}

export async function submitAttestationAction(
  input: VersionRef & { auditId: string; signer: string; issuedAt: string; signature: string },
) {
  return runAction(async () => {
    const { auditId, slug, version } = edgeTexts(input, ["auditId", "slug", "version"]);
    const actorId = (await requireUser()).id;
    const result = await createAttestation({
      actorId,
      auditId,
      signer: input.signer,
      issuedAt: input.issuedAt,
      signature: input.signature,
    });
    refresh(slug, version);
    return { id: result.id };
  });
}

export async function setVersionStatusAction(input: VersionRef & { status: "deprecated" | "yanked"; reason: string }) {
  return runAction(async () => {
    const { slug, version } = edgeTexts(input, ["slug", "version"]);
    const actorId = (await requireUser()).id;
    const opts = { actorId, slug, version, reason: input.reason };
    await (input.status === "yanked" ? yankVersion(opts) : deprecateVersion(opts));
    refresh(slug, version);
    return { status: input.status };
  });
}

export async function recordCodeUploadAction(
  input: VersionRef & { network: string; extrinsicHash?: string; blockHash?: string },
) {
  return runAction(async () => {
    const { slug, version } = edgeTexts(input, ["slug", "version"]);
    const actorId = (await requireUser()).id;
    await recordCodeUpload({
      actorId,
      slug,
      version,
      network: input.network,
      extrinsicHash: input.extrinsicHash,
      blockHash: input.blockHash,
    });
    refresh(slug, version);
    return { network: input.network };
  });
}

export async function transferBrickAction(input: { slug: string; toAddress: string; teamSlug?: string }) {
  return runAction(async () => {
    const { slug } = edgeTexts(input, ["slug"]);
    const actorId = (await requireUser()).id;
    const result = await transferBrick({
      actorId,
      slug,
      toAddress: input.toAddress,
      teamSlug: input.teamSlug,
    });
    revalidatePath("/publish", "layout");
    return { slug: result.slug };
  });
}
