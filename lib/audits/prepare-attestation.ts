// The text the auditor's wallet is asked to sign, dated now. Nothing is stored: the date travels
// with the signature, and create-attestation.ts rebuilds the text from the database to verify it.
import "server-only";
import { db } from "@/lib/db";
import { encodeAttestation } from "./attestation-payload";
import { findAuditForSigner } from "./find-audit-for-signer";

export async function prepareAttestation(opts: { actorId: string; auditId: string; now?: Date }) {
  const audit = await findAuditForSigner(db, opts);
  const issuedAt = (opts.now ?? new Date()).toISOString();
  const v = audit.brickVersion;
  const payload = encodeAttestation({
    brick: v.brick.slug,
    version: v.version,
    codeHash: v.codeHash,
    reportHash: audit.reportHash,
    issuedAt,
  });
  return { auditId: audit.id, issuedAt, payload };
}
