// POST { auditId?, signer, issuedAt, signature }: a pre-signed attestation for this version's audit
// (by default the newest audit the token's owner wrote). Verified before it is stored.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createAttestation } from "@/lib/audits/create-attestation";
import { ZSubmitAttestation } from "@/lib/audits/schemas";
import { obj, versionParams, withApiToken } from "../../../../../_lib/handle";

const ZBody = ZSubmitAttestation.extend({ auditId: z.string().max(64).optional() });

export const POST = withApiToken<{ slug: string; version: string }>(async ({ actor, params, body }) => {
  const { slug, version } = versionParams(params);
  const input = ZBody.parse(obj(body));
  const audit = await db.audit.findFirst({
    where: {
      ...(input.auditId ? { id: input.auditId } : { auditorId: actor.actorId }),
      brickVersion: { version, brick: { slug } },
    },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (!audit) throw new AppError("NOT_FOUND", { userMessage: `${slug}@${version} has no audit of yours to sign.` });
  const result = await createAttestation({
    actorId: actor.actorId,
    auditId: audit.id,
    ...input,
    via: { teamId: actor.teamId, tokenId: actor.tokenId },
  });
  return Response.json(
    { id: result.id, auditId: audit.id, keyType: result.keyType, payload: result.payload, verified: true },
    { status: 201 },
  );
});
