// A new version starts from the brick's latest published manifest: the form is pre-filled, the
// version bumped to the next patch, the changelog and report left empty.
import "server-only";
import semver from "semver";
import { db } from "@/lib/db";
import { ZManifest } from "@/lib/bricks/manifest-schema";
import type { TPublishDraft } from "./schemas";

export const EMPTY_DRAFT: TPublishDraft = {
  bundleName: "",
  bundleText: "",
  slug: "",
  name: "",
  summary: "",
  description: "",
  category: "",
  tagsText: "",
  version: "1.0.0",
  changelog: "",
  networksText: "",
  configText: JSON.stringify({ type: "object", required: [], properties: {} }, null, 2),
  constructorName: "",
  constructorArgs: [],
  linkText: "",
  settingsText: "",
  report: { markdown: "", scope: "", findings: [] },
};

export async function getDraftDefaults(
  slug: string | undefined,
): Promise<{ draft: TPublishDraft; from: string | null }> {
  if (!slug) return { draft: EMPTY_DRAFT, from: null };
  const v = await db.brickVersion.findFirst({
    where: { brick: { slug } },
    orderBy: { versionSort: "desc" },
    select: { version: true, manifest: true },
  });
  const parsed = v ? ZManifest.safeParse(JSON.parse(v.manifest)) : null;
  if (!v || !parsed?.success) return { draft: EMPTY_DRAFT, from: null };
  const m = parsed.data;
  const json = (x: unknown) => JSON.stringify(x, null, 2);
  const draft: TPublishDraft = {
    ...EMPTY_DRAFT,
    slug: m.slug,
    name: m.name,
    summary: m.summary,
    description: typeof m.description === "string" ? m.description : "",
    category: m.category,
    tagsText: m.tags.join(", "),
    version: semver.inc(v.version, "patch") ?? "",
    networksText: m.networks.join(", "),
    configText: json(m.config),
    constructorName: m.constructor.name,
    constructorArgs: Object.entries(m.constructor.args).map(([arg, s]) => ({
      arg,
      kind: s.kind === "field" || s.kind === "const" ? s.kind : "signer",
      field: s.kind === "field" ? s.field : "",
      pick: s.kind === "field" ? (s.pick ?? "") : "",
      value: s.kind === "const" ? JSON.stringify(s.value) : "",
    })),
    linkText: m.link ? json(m.link) : "",
    settingsText: m.settings.length ? json(m.settings) : "",
  };
  return { draft, from: `${m.slug}@${v.version}` };
}
