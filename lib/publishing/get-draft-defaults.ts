// A new version starts from the brick's latest published manifest: the form is pre-filled, the
// version bumped to the next patch, the changelog and report left empty.
import "server-only";
import { ZManifest } from "@/lib/bricks/manifest-schema";
import { EMPTY_LISTING, listingFromManifest } from "./draft-listing";
import { loadDraftDefaults } from "./load-draft-defaults";
import type { TPublishDraft } from "./schemas";

const json = (x: unknown) => JSON.stringify(x, null, 2);

export const EMPTY_DRAFT: TPublishDraft = {
  bundleName: "",
  bundleText: "",
  ...EMPTY_LISTING,
  networksText: "",
  configText: json({ type: "object", required: [], properties: {} }),
  constructorName: "",
  constructorArgs: [],
  linkText: "",
  settingsText: "",
  report: { markdown: "", scope: "", findings: [] },
};

export async function getDraftDefaults(
  slug: string | undefined,
): Promise<{ draft: TPublishDraft; from: string | null }> {
  return loadDraftDefaults({
    slug,
    schema: ZManifest,
    empty: EMPTY_DRAFT,
    toDraft: (m, nextVersion): TPublishDraft => ({
      ...EMPTY_DRAFT,
      ...listingFromManifest(m, nextVersion),
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
    }),
  });
}
