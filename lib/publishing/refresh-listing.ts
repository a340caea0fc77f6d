// After a yank, the catalog card must follow the greatest version still available: its words
// (name, summary, description, category, tags), latestVersion, and whether it has a verified
// attestation. A brick whose every version is yanked keeps its words and shows no latest version.
import "server-only";
import semver from "semver";
import type { Prisma } from "@/generated/prisma/client";
import { ZManifest } from "@/lib/bricks/manifest-schema";

export async function refreshListing(tx: Prisma.TransactionClient, brickId: string) {
  const versions = await tx.brickVersion.findMany({
    where: { brickId, yankedAt: null },
    select: { id: true, version: true, manifest: true },
  });
  const releases = versions.filter((v) => semver.prerelease(v.version) === null);
  const latest = (releases.length ? releases : versions).sort((a, b) => semver.rcompare(a.version, b.version))[0];
  if (!latest) return tx.brick.update({ where: { id: brickId }, data: { latestVersion: null, audited: false } });
  const audited = (await tx.attestation.count({ where: { verified: true, audit: { brickVersionId: latest.id } } })) > 0;
  const parsed = ZManifest.safeParse(JSON.parse(latest.manifest));
  const listing =
    parsed.success && typeof parsed.data.description === "string"
      ? listingOf({ ...parsed.data, description: parsed.data.description })
      : {};
  return tx.brick.update({ where: { id: brickId }, data: { latestVersion: latest.version, audited, ...listing } });
}

function listingOf(m: { name: string; summary: string; description: string; category: string; tags: string[] }) {
  const tags = m.tags.map((t) => t.toLowerCase());
  return {
    name: m.name,
    summary: m.summary,
    description: m.description,
    category: m.category,
    tags: tags.join(" "),
    searchText: [m.name, m.summary, ...tags].join(" ").toLowerCase(),
  };
}
