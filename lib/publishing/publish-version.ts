// Publishes a brick version with its audit report, from the publish form or the REST API. Heavy
// static checks run first (checkBrick); then one transaction re-checks that the actor is an
// auditor, applies the semver rules, creates the version (publishBrickVersion) and its audit, and
// logs both. The same version with the same code is reported as unchanged, nothing written.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/history/write-history";
import { requirePlatformRole } from "@/lib/admin/require-platform-role";
import { publishBrickVersion } from "@/lib/bricks/publish-brick-version";
import { ensureSourceVerified } from "@/lib/bricks/ensure-source-verified";
import { reportHash } from "@/lib/audits/report-hash";
import { ZAuditReport, type TAuditReportInput } from "@/lib/audits/schemas";
import { shortAddress } from "@/lib/wallet/short-address";
import { asClient } from "./as-client";
import { BrickProblemsError, checkUpload } from "./check-upload";
import { versionRule } from "./version-rules";
import { revalidateCatalog } from "@/lib/catalog/revalidate-catalog";
import { canBrick } from "@/lib/auth/permissions";
import { brickRelationOf, requireBrickPermission } from "@/lib/bricks/owners/require-brick-permission";

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

  const outcome = await db.$transaction(async (tx) => {
    await requirePlatformRole(tx, { actorId: opts.actorId, action: "brick.publish", doing });
    // Bricks have owners: only they (and platform admins) add versions; the first publisher of a new
    // slug becomes its owner, with the team the API token belongs to.
    const existing = await tx.brick.findUnique({ where: { slug: manifest.slug }, select: { id: true } });
    const relation = existing ? await brickRelationOf(tx, { actorId: opts.actorId, brickId: existing.id }) : null;
    const published = await tx.brickVersion.findMany({
      where: { brick: { slug: manifest.slug } },
      select: { version: true, codeHash: true },
    });
    const rule = versionRule({ version: manifest.version, codeHash: bundle.codeHash }, published);
    if (!rule.ok) throw new AppError("CONFLICT", { userMessage: rule.message, fields: { version: [rule.message] } });
    let coAudit = false;
    if (rule.outcome === "unchanged") {
      // The same code again from an auditor who does not own the brick: a co-audit of that version
      // (their own report, which they then sign), once per auditor. From an owner: nothing to do.
      const mine = await tx.audit.count({
        where: { auditorId: opts.actorId, brickVersion: { version: manifest.version, brick: { slug: manifest.slug } } },
      });
      coAudit =
        relation !== null &&
        !canBrick(relation, "brick.version.publish") &&
        canBrick(relation, "brick.coaudit") &&
        mine === 0;
      if (!coAudit) return { ...result, outcome: "unchanged" as const, auditId: null };
    } else {
      if (existing)
        await requireBrickPermission(tx, {
          actorId: opts.actorId,
          slug: manifest.slug,
          action: "brick.version.publish",
        });
      await publishBrickVersion(asClient(tx), checked.brick, { source: opts.source, publishedById: opts.actorId });
      if (!existing)
        await tx.brick.update({
          where: { slug: manifest.slug },
          data: { ownerUserId: opts.actorId, ownerTeamId: opts.via?.teamId ?? null },
        });
    }
    const version = await tx.brickVersion.findFirstOrThrow({
      where: { version: manifest.version, brick: { slug: manifest.slug } },
      select: { id: true },
    });
    const actor = await tx.user.findUniqueOrThrow({
      where: { id: opts.actorId },
      include: { accounts: { take: 1, orderBy: { createdAt: "asc" } } },
    });
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
    await writeAuditLog(tx, {
      actorId: opts.actorId,
      teamId: opts.via?.teamId,
      action: "audit.create",
      target,
      detail: { auditId: audit.id, reportHash: hash, coAudit, ...via },
    });
    return {
      ...result,
      outcome: coAudit ? ("co-audited" as const) : ("created" as const),
      auditId: audit.id,
      versionId: version.id,
      reportHash: hash,
    };
  });
  if (outcome.outcome !== "unchanged") revalidateCatalog({ slug: result.slug, version: result.version });
  return outcome;
}
