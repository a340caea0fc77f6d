// A new function brick version starts from the brick's latest published manifest: the form is
// pre-filled, the version bumped to the next patch, the source, changelog and report left empty
// (new code is uploaded, and its hash computed again).
import "server-only";
import semver from "semver";
import { db } from "@/lib/db";
import { ZFunctionBrickManifest } from "@/lib/bricks/kinds/function/manifest-schema";
import type { TPublishFunctionDraft } from "./function-draft";

const json = (x: unknown) => JSON.stringify(x, null, 2);

export const EMPTY_FUNCTION_DRAFT: TPublishFunctionDraft = {
  sourceName: "",
  sourceText: "",
  slug: "",
  name: "",
  summary: "",
  description: "",
  category: "",
  tagsText: "",
  version: "1.0.0",
  changelog: "",
  inputsText: json({ type: "object", required: [], properties: {} }),
  secretsText: "",
  hostsText: "",
  hostsFromInputsText: "",
  limitsText: "",
  triggers: ["manual"],
  webhookText: "",
  feedsText: "",
  deliveryText: "",
  report: { markdown: "", scope: "", findings: [] },
};

export async function getFunctionDraftDefaults(
  slug: string | undefined,
): Promise<{ draft: TPublishFunctionDraft; from: string | null }> {
  if (!slug) return { draft: EMPTY_FUNCTION_DRAFT, from: null };
  const v = await db.brickVersion.findFirst({
    where: { brick: { slug, kind: "function" } },
    orderBy: { versionSort: "desc" },
    select: { version: true, manifest: true },
  });
  const parsed = v ? ZFunctionBrickManifest.safeParse(JSON.parse(v.manifest)) : null;
  if (!v || !parsed?.success) return { draft: EMPTY_FUNCTION_DRAFT, from: null };
  const m = parsed.data;
  const draft: TPublishFunctionDraft = {
    ...EMPTY_FUNCTION_DRAFT,
    sourceName: m.source,
    slug: m.slug,
    name: m.name,
    summary: m.summary,
    description: typeof m.description === "string" ? m.description : "",
    category: m.category,
    tagsText: m.tags.join(", "),
    version: semver.inc(v.version, "patch") ?? "",
    inputsText: json(m.inputs),
    secretsText: m.secrets.length ? json(m.secrets) : "",
    hostsText: m.hosts.join(", "),
    hostsFromInputsText: m.hostsFromInputs.join(", "),
    limitsText: Object.keys(m.limits).length ? json(m.limits) : "",
    triggers: m.triggers,
    webhookText: m.webhook ? json(m.webhook) : "",
    feedsText: json(m.feeds),
    deliveryText: json(m.delivery),
  };
  return { draft, from: `${m.slug}@${v.version}` };
}
