// The publishing area's overview: every brick with its versions (newest first) and whether each
// has a verified attestation, for auditors and platform admins.
import "server-only";
import { db } from "@/lib/db";
import { requirePlatformRole } from "@/lib/admin/require-platform-role";

export async function listPublished(opts: { actorId: string }) {
  await requirePlatformRole(db, { actorId: opts.actorId, action: "brick.yank", doing: "see the publishing overview" });
  const bricks = await db.brick.findMany({
    orderBy: { updatedAt: "desc" },
    select: {
      slug: true,
      name: true,
      kind: true,
      latestVersion: true,
      audited: true,
      versions: {
        orderBy: { versionSort: "desc" },
        select: {
          version: true,
          source: true,
          createdAt: true,
          yankedAt: true,
          deprecatedAt: true,
          audits: { select: { id: true, attestations: { where: { verified: true }, select: { id: true } } } },
        },
      },
    },
  });
  return bricks.map((b) => ({
    ...b,
    versions: b.versions.map(({ audits, ...v }) => ({
      ...v,
      audits: audits.length,
      attested: audits.some((a) => a.attestations.length > 0),
    })),
  }));
}
