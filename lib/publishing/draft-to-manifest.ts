// The publish form keeps a manifest in editable pieces (JSON text boxes, a mapping table): this
// puts them back together as brick.json, or says which box holds text that is not JSON (the listing
// and the JSON boxes are read as for every bundle kind: draft-listing, draft-json).
// Browser-safe: the form shows JSON errors while typing, the server converts the same way.
import { jsonBoxes, parseJsonText, splitList, type DraftJsonError } from "./draft-json";
import { listingToManifest } from "./draft-listing";
import type { TCheckDraft } from "./schemas";

export { parseJsonText, splitList, type DraftJsonError } from "./draft-json";

function constValue(text: string): unknown {
  const parsed = parseJsonText(text, "");
  return parsed.ok ? parsed.value : text;
}

export function draftToManifest(d: TCheckDraft): { manifest: Record<string, unknown>; errors: DraftJsonError[] } {
  const { json, errors } = jsonBoxes();
  const args = Object.fromEntries(
    d.constructorArgs.map((a) => [
      a.arg,
      a.kind === "field"
        ? { kind: "field", field: a.field, ...(a.pick.trim() ? { pick: a.pick.trim() } : {}) }
        : a.kind === "const"
          ? { kind: "const", value: constValue(a.value) }
          : { kind: "signer" },
    ]),
  );
  const link = json(d.linkText, "linkText", "The link step", undefined);
  const manifest: Record<string, unknown> = {
    formatVersion: 1,
    ...listingToManifest(d),
    contract: d.bundleName || "bundle.contract",
    networks: splitList(d.networksText),
    config: json(d.configText, "configText", "The config schema", {}),
    constructor: { name: d.constructorName.trim(), args },
    ...(link === undefined ? {} : { link }),
    settings: json(d.settingsText, "settingsText", "The settings actions", []),
  };
  return { manifest, errors };
}
