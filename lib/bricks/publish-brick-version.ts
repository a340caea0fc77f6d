// Publishes one checked brick version into the catalog. A published version is immutable: the same
// version with the same code hash is a no-op (so seeding on every start is safe), and the same
// version with other code is refused, because instances and audits point at that version's code.
import "server-only";
import semver from "semver";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { AnyBundle } from "./kinds";
import { ensureSourceVerified } from "./ensure-source-verified";
import { versionSortKey } from "./version-sort";

export type PublishOutcome = "created" | "unchanged";

/**
 * What any bundle kind publishes: a contract brick (LoadedBrick from brick.json) or a function brick
 * (kinds/function/as-publishable.ts). One publishing path for every kind; the manifest is stored as given.
 */
export interface PublishableBrick {
  manifest: {
    slug: string;
    version: string;
    name: string;
    summary: string;
    description: string;
    category: string;
    tags: string[];
    changelog: string;
    /** Contract bricks: where it may deploy (empty = every fitting network). Function bricks: none. */
    networks?: string[];
  };
  bundle: AnyBundle;
}

/** The catalog kind of a bundle kind: function bricks are listed and filtered apart. */
export const catalogKindOf = (bundleKind: string) => (bundleKind === "function" ? "function" : "contract");

export interface PublishOptions {
  source?: "seed" | "ui" | "api";
  publishedById?: string;
}

export async function publishBrickVersion(
  db: PrismaClient,
  brick: PublishableBrick,
  opts: PublishOptions = {},
): Promise<PublishOutcome> {
  const existing = await findExisting(db, brick);
  if (existing) return sameOrRefuse(brick, existing.codeHash);
  // Solidity: its sources must compile to its code (cached after the first time).
  await ensureSourceVerified(brick.bundle);
  try {
    await db.$transaction((tx) => create(tx, brick, opts));
    return "created";
  } catch (error) {
    // Another process (a second start, a parallel test) published it first: judge its row instead.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const raced = await findExisting(db, brick);
      if (raced) return sameOrRefuse(brick, raced.codeHash);
    }
    throw error;
  }
}

function findExisting(db: PrismaClient, { manifest }: PublishableBrick) {
  return db.brickVersion.findFirst({
    where: { brick: { slug: manifest.slug }, version: manifest.version },
    select: { codeHash: true },
  });
}

function sameOrRefuse({ manifest, bundle }: PublishableBrick, publishedHash: string): PublishOutcome {
  if (publishedHash === bundle.codeHash) return "unchanged";
  throw new AppError("CONFLICT", {
    userMessage:
      `Brick "${manifest.slug}" version ${manifest.version} is already published with code hash ${publishedHash}, ` +
      `but this bundle's code hash is ${bundle.codeHash}. A published version never changes: ` +
      `bump "version" in brick.json (e.g. to ${semver.inc(manifest.version, "patch")}) and publish again.`,
  });
}

async function create(tx: Prisma.TransactionClient, { manifest, bundle }: PublishableBrick, opts: PublishOptions) {
  const tags = manifest.tags.map((t) => t.toLowerCase());
  const listing = {
    name: manifest.name,
    summary: manifest.summary,
    description: manifest.description,
    category: manifest.category,
    tags: tags.join(" "),
    searchText: [manifest.name, manifest.summary, ...tags].join(" ").toLowerCase(),
  };
  const kind = catalogKindOf(bundle.kind);
  const brick = await tx.brick.upsert({
    where: { slug: manifest.slug },
    create: { slug: manifest.slug, kind, ...listing },
    update: {},
  });
  if (brick.kind !== kind)
    throw new AppError("CONFLICT", {
      userMessage: `"${manifest.slug}" is already a ${brick.kind} brick; a ${kind} brick needs a slug of its own.`,
      fields: { slug: [`"${manifest.slug}" is taken by a ${brick.kind} brick`] },
    });
  const version = await tx.brickVersion.create({
    data: {
      brickId: brick.id,
      version: manifest.version,
      versionSort: versionSortKey(manifest.version),
      codeHash: bundle.codeHash,
      bundleKind: bundle.kind,
      platform: bundle.platform,
      abi: JSON.stringify(bundle.metadata),
      wasm: new Uint8Array(bundle.wasm),
      // Self-contained: the description is inline, so the row does not depend on files on disk.
      manifest: JSON.stringify(manifest),
      changelog: manifest.changelog,
      source: opts.source ?? "seed",
      publishedById: opts.publishedById,
    },
  });
  // An empty list means every network that does not need approval and runs the code's platform
  // (function bricks run off-chain: no network lists them for deploys).
  const networks =
    manifest.networks === undefined
      ? []
      : manifest.networks.length
        ? manifest.networks
        : (
            await tx.network.findMany({
              where: { protected: false, platform: bundle.platform },
              select: { slug: true },
            })
          ).map((n) => n.slug);
  if (networks.length) {
    await tx.brickVersionNetwork.createMany({
      data: networks.map((networkSlug) => ({ brickVersionId: version.id, networkSlug })),
    });
  }

  const latest = await latestVersion(tx, brick.id);
  // The catalog card shows the latest version's words; publishing an older patch must not replace them.
  await tx.brick.update({
    where: { id: brick.id },
    data: {
      latestVersion: latest?.version ?? null,
      audited: latest ? await isAudited(tx, latest.id) : false,
      ...(latest?.id === version.id ? listing : {}),
    },
  });
  await tx.auditLogEntry.create({
    data: {
      actorId: opts.publishedById,
      action: "brick.publish",
      target: `brick:${manifest.slug}@${manifest.version}`,
      detail: JSON.stringify({ codeHash: bundle.codeHash, source: opts.source ?? "seed" }),
    },
  });
}

/** The greatest non-yanked version; a prerelease only when there is no release yet. */
async function latestVersion(tx: Prisma.TransactionClient, brickId: string) {
  const versions = await tx.brickVersion.findMany({
    where: { brickId, yankedAt: null },
    select: { id: true, version: true },
  });
  const releases = versions.filter((v) => semver.prerelease(v.version) === null);
  const pool = releases.length ? releases : versions;
  return pool.sort((a, b) => semver.rcompare(a.version, b.version))[0];
}

async function isAudited(tx: Prisma.TransactionClient, brickVersionId: string) {
  return (await tx.attestation.count({ where: { verified: true, audit: { brickVersionId } } })) > 0;
}
