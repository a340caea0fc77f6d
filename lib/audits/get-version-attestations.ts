// Everything needed to verify a version's attestations elsewhere, for the public JSON endpoint:
// the signed fields, the exact signed text, the signature, the signer's key, and the report
// document whose blake2-256 is the report hash. Each attestation is verified again on every
// request, against the database as it is now, so a changed field shows as not verified.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { ATTESTATION_HEADER } from "./attestation-payload";
import { reportDocument, reportHash, reportOfRow } from "./report-hash";
import { verifyAttestation } from "./verify-attestation";
import { notWatchedBrick } from "@/lib/deployments/watched/watched-brick";

export const ATTESTATION_ENCODING = {
  format: ATTESTATION_HEADER,
  text: "Six lines joined by LF, no trailing newline: the header, then brick, version, code-hash, report-hash, issued-at as `key: value`.",
  signedBytes: "The wallet signs the UTF-8 bytes of `<Bytes>` + text + `</Bytes>` (signRaw of type bytes).",
  reportHash:
    "blake2-256 of the UTF-8 bytes of reportDocument: canonical JSON (sorted keys, no spaces) of { findings: [{ severity, status, title }], markdown, scope }.",
  codeHash: "blake2-256 of the contract's wasm; compare with the chain's contracts.codeInfoOf / the wasm endpoint.",
  keyTypes: "sr25519, ed25519 or ecdsa; the signature may carry a MultiSignature type byte.",
};

export async function getVersionAttestations(db: PrismaClient, { slug, version }: { slug: string; version: string }) {
  const row = await db.brickVersion.findFirst({
    where: { version, brick: { slug, ...notWatchedBrick } },
    select: {
      version: true,
      codeHash: true,
      yankedAt: true,
      yankedReason: true,
      deprecatedAt: true,
      deprecatedReason: true,
      brick: { select: { slug: true, name: true } },
      audits: { orderBy: { createdAt: "asc" }, include: { attestations: { orderBy: { createdAt: "asc" } } } },
    },
  });
  if (!row) return null;
  const audits = await Promise.all(
    row.audits.map(async (audit) => {
      const report = reportOfRow(audit);
      const recomputed = reportHash(report);
      const attestations = await Promise.all(
        audit.attestations.map(async (t) => {
          const check = await verifyAttestation({
            brick: row.brick.slug,
            version: row.version,
            codeHash: row.codeHash,
            reportHash: recomputed,
            issuedAt: t.issuedAt.toISOString(),
            signer: t.signer,
            signature: t.signature,
            payload: t.payload,
            publicKey: t.publicKey,
          });
          return {
            id: t.id,
            signer: t.signer,
            publicKey: t.publicKey,
            issuedAt: t.issuedAt.toISOString(),
            payload: t.payload,
            signature: t.signature,
            verified: check.ok,
            ...(check.ok ? { keyType: check.keyType } : { problem: check.reason }),
          };
        }),
      );
      return {
        id: audit.id,
        auditor: audit.auditorName,
        scope: report.scope,
        findings: report.findings,
        reportMarkdown: report.markdown,
        reportDocument: reportDocument(report),
        reportHash: audit.reportHash,
        reportHashMatches: recomputed === audit.reportHash,
        createdAt: audit.createdAt.toISOString(),
        attestations,
      };
    }),
  );
  return {
    brick: row.brick.slug,
    name: row.brick.name,
    version: row.version,
    codeHash: row.codeHash,
    deprecated: row.deprecatedAt ? { at: row.deprecatedAt.toISOString(), reason: row.deprecatedReason } : null,
    yanked: row.yankedAt ? { at: row.yankedAt.toISOString(), reason: row.yankedReason } : null,
    encoding: ATTESTATION_ENCODING,
    audits,
  };
}
export type VersionAttestations = NonNullable<Awaited<ReturnType<typeof getVersionAttestations>>>;
