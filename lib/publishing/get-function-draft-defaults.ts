// A new function brick version starts from the brick's latest published manifest: the form is
// pre-filled, the version bumped to the next patch, the source, changelog and report left empty
// (new code is uploaded, and its hash computed again).
import "server-only";
import { ZFunctionBrickManifest } from "@/lib/bricks/kinds/function/manifest-schema";
import { EMPTY_LISTING, listingFromManifest } from "./draft-listing";
import type { TPublishFunctionDraft } from "./function-draft";
import { loadDraftDefaults } from "./load-draft-defaults";

const json = (x: unknown) => JSON.stringify(x, null, 2);

export const EMPTY_FUNCTION_DRAFT: TPublishFunctionDraft = {
  sourceName: "",
  sourceText: "",
  ...EMPTY_LISTING,
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
  return loadDraftDefaults({
    slug,
    kind: "function",
    schema: ZFunctionBrickManifest,
    empty: EMPTY_FUNCTION_DRAFT,
    toDraft: (m, nextVersion): TPublishFunctionDraft => ({
      ...EMPTY_FUNCTION_DRAFT,
      sourceName: m.source,
      ...listingFromManifest(m, nextVersion),
      inputsText: json(m.inputs),
      secretsText: m.secrets.length ? json(m.secrets) : "",
      hostsText: m.hosts.join(", "),
      hostsFromInputsText: m.hostsFromInputs.join(", "),
      limitsText: Object.keys(m.limits).length ? json(m.limits) : "",
      triggers: m.triggers,
      webhookText: m.webhook ? json(m.webhook) : "",
      feedsText: json(m.feeds),
      deliveryText: json(m.delivery),
    }),
  });
}
