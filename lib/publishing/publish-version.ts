// Publishes a brick version with its audit report, from the publish form or the REST API. Heavy
// static checks run first (checkBrick); then one transaction re-checks that the actor is an
// auditor, applies the semver rules, creates the version (publishBrickVersion) and its audit, and
// logs both. The same version with the same code is reported as unchanged, nothing written.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/auth/audit-log";
import { requirePlatformRole } from "@/lib/admin/require-platform-role";
import { publishBrickVersion } from "@/lib/bricks/publish-brick-version";
import { ensureSourceVerified } from "@/lib/bricks/ensure-source-verified";
import { reportHash } from "@/lib/audits/report-hash";
import { ZAuditReport, type TAuditReportInput } from "@/lib/audits/schemas";
import { shortAddress } from "@/lib/wallet/short-address";
import { asClient } from "./as-client";
import { BrickProblemsError, checkUpload } from "./check-upload";
import { versionRule } from "./version-rules";

export type PublishVersionOptions = {
  actorId: string;
  manifest: Record<string, unknown>;
  bundleText: string;
  report: TAuditReportInput;
  source: "ui" | "api";
  via?: { teamId: string; tokenId: string };
};

const doing = "publish brick versions";

export async function publishVersion(opts: PublishVersionOptions) {
  const report = ZAuditReport.parse(opts.report);
  // Early and cheap, so strangers do not get the heavy checks run for them; checked again below.
  await requirePlatformRole(db, { actorId: opts.actorId, action: "brick.publish", doing });
  const checked = await checkUpload(opts);
  if (!checked.ok) throw new BrickProblemsError(checked.problems);
  const { manifest, bundle } = checked.brick;
  // Before the transaction: recompiling Solidity sources takes seconds (cached once verified).
  await ensureSourceVerified(bundle);
  const target = `brick:${manifest.slug}@${manifest.version}`;
  const result = { slug: manifest.slug, version: manifest.version, codeHash: bundle.codeHash };

  return db.$transaction(async (tx) => {
    await requirePlatformRole(tx, { actorId: opts.actorId, action: "brick.publish", doing });
    const published = await tx.brickVersion.findMany({ where: { brick: { slug: manifest.slug } }, select: { version: true, codeHash: true } });
    const rule = versionRule({ version: manifest.version, codeHash: bundle.codeHash }, published);
    if (!rule.ok) throw new AppError("CONFLICT", { userMessage: rule.message, fields: { version: [rule.message] } });
    if (rule.outcome === "unchanged") return { ...result, outcome: "unchanged" as const, auditId: null };

    await publishBrickVersion(asClient(tx), checked.brick, { source: opts.source, publishedById: opts.actorId });
    const version = await tx.brickVersion.findFirstOrThrow({ where: { version: manifest.version, brick: { slug: manifest.slug } }, select: { id: true } });
    const actor = await tx.user.findUniqueOrThrow({ where: { id: opts.actorId }, include: { accounts: { take: 1, orderBy: { createdAt: "asc" } } } });
    const hash = reportHash(report);
    const audit = await tx.audit.create({
      data: {
        brickVersionId: version.id,
        auditorId: opts.actorId,
        auditorName: actor.name ?? (actor.accounts[0] ? shortAddress(actor.accounts[0].address) : "an auditor"),
        reportMarkdown: report.markdown,
        reportHash: hash,
        scope: report.scope,
        findings: JSON.stringify(report.findings),
      },
    });
    const via = opts.via ? { via: "api", tokenId: opts.via.tokenId } : { via: "ui" };
    await writeAuditLog(tx, { actorId: opts.actorId, teamId: opts.via?.teamId, action: "audit.create", target, detail: { auditId: audit.id, reportHash: hash, ...via } });
    return { ...result, outcome: "created" as const, auditId: audit.id, versionId: version.id, reportHash: hash };
  });
}
