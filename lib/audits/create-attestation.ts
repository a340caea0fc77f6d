// Stores an auditor's signed attestation after verifying it against the database's own brick,
// version, code hash and (recomputed) report hash. Only verified attestations are stored. The
// version's first one marks the brick audited when that version is the latest.
import "server-only";
import { u8aToHex } from "@polkadot/util";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { decodeSs58 } from "@/lib/auth/address";
import { writeAuditLog } from "@/lib/history/write-history";
import { findAuditForSigner } from "./find-audit-for-signer";
import { reportHash, reportOfRow } from "./report-hash";
import { ZSubmitAttestation } from "./schemas";
import { verifyAttestation } from "./verify-attestation";
import { revalidateCatalog } from "@/lib/catalog/revalidate-catalog";

/** Signatures dated further than this from the server's clock are refused: sign again. */
export const ATTESTATION_CLOCK_SKEW_MS = 10 * 60_000;

export type CreateAttestationOptions = {
  actorId: string;
  auditId: string;
  signer: string;
  issuedAt: string;
  signature: string;
  now?: Date;
  via?: { teamId: string; tokenId: string };
};

export async function createAttestation(opts: CreateAttestationOptions) {
  const input = ZSubmitAttestation.parse(opts);
  const now = opts.now ?? new Date();
  if (Math.abs(now.getTime() - Date.parse(input.issuedAt)) > ATTESTATION_CLOCK_SKEW_MS) {
    throw new AppError("BAD_INPUT", {
      userMessage: "The attestation's date is more than 10 minutes away from now. Sign it again.",
      fields: { issuedAt: ["Sign again: this date is too far from now."] },
    });
  }
  const accountId = u8aToHex(decodeSs58(input.signer));
  const created = await db.$transaction(async (tx) => {
    const audit = await findAuditForSigner(tx, opts);
    const own = await tx.walletAccount.count({ where: { publicKey: accountId, userId: opts.actorId } });
    if (!own) {
      throw new AppError("FORBIDDEN", {
        userMessage: "Sign with one of your own wallet accounts (one you have signed in to Brickyard with).",
        fields: { signer: ["This account is not one of yours."] },
      });
    }
    if (reportHash(reportOfRow(audit)) !== audit.reportHash) {
      throw new AppError("CONFLICT", {
        userMessage:
          "The stored report no longer matches its recorded hash, so it cannot be signed. Publish the report again.",
      });
    }
    const v = audit.brickVersion;
    const result = await verifyAttestation({
      brick: v.brick.slug,
      version: v.version,
      codeHash: v.codeHash,
      reportHash: audit.reportHash,
      issuedAt: input.issuedAt,
      signer: input.signer,
      signature: input.signature,
    });
    if (!result.ok)
      throw new AppError("BAD_INPUT", {
        userMessage: `The signature was not accepted: ${result.reason}`,
        fields: { signature: [result.reason] },
      });

    const attestation = await tx.attestation.create({
      data: {
        auditId: audit.id,
        signer: input.signer,
        publicKey: accountId,
        payload: result.payload,
        signature: input.signature,
        issuedAt: new Date(input.issuedAt),
        verified: true,
      },
    });
    if (v.brick.latestVersion === v.version)
      await tx.brick.update({ where: { id: v.brick.id }, data: { audited: true } });
    await writeAuditLog(tx, {
      actorId: opts.actorId,
      teamId: opts.via?.teamId,
      action: "audit.attest",
      target: `brick:${v.brick.slug}@${v.version}`,
      detail: {
        auditId: audit.id,
        attestationId: attestation.id,
        signer: input.signer,
        keyType: result.keyType,
        ...(opts.via ? { via: "api", tokenId: opts.via.tokenId } : {}),
      },
    });
    return {
      id: attestation.id,
      payload: result.payload,
      keyType: result.keyType,
      slug: v.brick.slug,
      version: v.version,
    };
  });
  revalidateCatalog({ slug: created.slug, version: created.version });
  return created;
}
