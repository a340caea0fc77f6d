// POST { network, signedExtrinsic }: a contracts.uploadCode extrinsic signed by the caller; the
// server checks it uploads this version's code, submits it and records the upload.
import { ZSubmitCodeUpload } from "@/lib/publishing/schemas";
import { submitCodeUpload } from "@/lib/publishing/submit-code-upload";
import { versionParams, withApiToken } from "../../../../../_lib/handle";

export const POST = withApiToken<{ slug: string; version: string }>(async ({ actor, params, body }) => {
  const input = ZSubmitCodeUpload.parse(body);
  const row = await submitCodeUpload({
    actorId: actor.actorId,
    ...versionParams(params),
    ...input,
    via: { teamId: actor.teamId, tokenId: actor.tokenId },
  });
  return Response.json(
    { network: input.network, codeHash: row.codeHash, extrinsicHash: row.extrinsicHash, blockHash: row.blockHash },
    { status: 201 },
  );
});
