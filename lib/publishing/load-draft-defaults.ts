// A new version's form starts from the brick's latest published manifest, for every bundle kind: the
// latest version of the slug is read, its manifest parsed with the kind's schema and turned into the
// kind's draft with the version bumped to the next patch. No slug, no version, or a manifest that does
// not parse: the kind's empty draft.
import "server-only";
import semver from "semver";
import type { z } from "zod";
import { db } from "@/lib/db";

export async function loadDraftDefaults<M extends { slug: string }, D>(opts: {
  slug: string | undefined;
  /** Only bricks of this kind (undefined: any brick with the slug). */
  kind?: string;
  schema: z.ZodType<M>;
  empty: D;
  toDraft: (manifest: M, nextVersion: string) => D;
}): Promise<{ draft: D; from: string | null }> {
  const { slug, kind, schema, empty } = opts;
  if (!slug) return { draft: empty, from: null };
  const v = await db.brickVersion.findFirst({
    where: { brick: kind ? { slug, kind } : { slug } },
    orderBy: { versionSort: "desc" },
    select: { version: true, manifest: true },
  });
  const parsed = v ? schema.safeParse(JSON.parse(v.manifest)) : null;
  if (!v || !parsed?.success) return { draft: empty, from: null };
  const draft = opts.toDraft(parsed.data, semver.inc(v.version, "patch") ?? "");
  return { draft, from: `${parsed.data.slug}@${v.version}` };
}
