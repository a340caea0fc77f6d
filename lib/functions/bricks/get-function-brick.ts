// A function brick as the catalog serves it: its latest version that is not yanked, read from the
// database where publishing put it (the same rows, audits and attestations as contract bricks).
import "server-only";
import { db } from "@/lib/db";
import type { TLoadedFunctionBrick } from "@/lib/bricks/kinds/function/check-function-brick";
import { functionSourceOf } from "@/lib/bricks/kinds/function/kind";
import { ZFunctionBrickManifest } from "@/lib/bricks/kinds/function/manifest-schema";

export type TPublishedFunctionBrick = TLoadedFunctionBrick & {
  versionId: string;
  audited: boolean;
  versions: { version: string; yanked: boolean; deprecated: boolean }[];
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function getFunctionBrick(slug: string): Promise<TPublishedFunctionBrick | null> {
  if (!SLUG.test(slug)) return null;
  const brick = await db.brick.findUnique({
    where: { slug },
    select: {
      kind: true,
      latestVersion: true,
      audited: true,
      versions: {
        orderBy: { versionSort: "desc" },
        select: { id: true, version: true, manifest: true, wasm: true, yankedAt: true, deprecatedAt: true },
      },
    },
  });
  if (!brick || brick.kind !== "function") return null;
  const latest = brick.versions.find((v) => v.version === brick.latestVersion && !v.yankedAt);
  if (!latest) return null;
  return {
    ...fromVersion(latest),
    audited: brick.audited,
    versions: brick.versions.map((v) => ({ version: v.version, yanked: !!v.yankedAt, deprecated: !!v.deprecatedAt })),
  };
}

/** A stored function brick version back into its manifest and source. */
export function fromVersion(v: { id: string; manifest: string; wasm: Uint8Array }) {
  const manifest = ZFunctionBrickManifest.parse(JSON.parse(v.manifest));
  const description = typeof manifest.description === "string" ? manifest.description : "";
  return {
    manifest: { ...manifest, description },
    source: functionSourceOf(v.wasm),
    file: `function-brick.json (version ${manifest.version})`,
    versionId: v.id,
  };
}

/** Every function brick with a live version, for the catalog's "Function" filter and pickers. */
export async function listFunctionBricks(): Promise<TPublishedFunctionBrick[]> {
  const rows = await db.brick.findMany({
    where: { kind: "function", latestVersion: { not: null } },
    select: { slug: true },
  });
  const all = await Promise.all(rows.map((r) => getFunctionBrick(r.slug)));
  return all.filter((b): b is TPublishedFunctionBrick => b !== null);
}
