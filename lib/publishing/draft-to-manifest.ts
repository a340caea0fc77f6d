// The publish form keeps a manifest in editable pieces (JSON text boxes, a mapping table): this
// puts them back together as brick.json, or says which box holds text that is not JSON.
// Browser-safe: the form shows JSON errors while typing, the server converts the same way.
import type { TCheckDraft } from "./schemas";

export type DraftJsonError = { field: string; message: string };

export function splitList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** JSON.parse with the error's line and column in words. */
export function parseJsonText(
  text: string,
  what: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const msg = (error as Error).message;
    const pos = /position (\d+)/.exec(msg);
    let where = "";
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split("\n").length;
      where = ` at line ${line}, column ${Number(pos[1]) - before.lastIndexOf("\n")}`;
    }
    return {
      ok: false,
      message: `${what} is not valid JSON${where}: ${msg.replace(/ in JSON at position \d+.*$/, "")}. Check for a missing comma, quote or bracket.`,
    };
  }
}

function constValue(text: string): unknown {
  const parsed = parseJsonText(text, "");
  return parsed.ok ? parsed.value : text;
}

export function draftToManifest(d: TCheckDraft): { manifest: Record<string, unknown>; errors: DraftJsonError[] } {
  const errors: DraftJsonError[] = [];
  const json = (text: string, field: string, what: string, empty: unknown) => {
    if (!text.trim()) return empty;
    const parsed = parseJsonText(text, what);
    if (parsed.ok) return parsed.value;
    errors.push({ field, message: parsed.message });
    return empty;
  };
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
    slug: d.slug.trim(),
    name: d.name.trim(),
    summary: d.summary.trim(),
    description: d.description,
    category: d.category.trim(),
    tags: splitList(d.tagsText),
    version: d.version.trim(),
    changelog: d.changelog.trim(),
    contract: d.bundleName || "bundle.contract",
    networks: splitList(d.networksText),
    config: json(d.configText, "configText", "The config schema", {}),
    constructor: { name: d.constructorName.trim(), args },
    ...(link === undefined ? {} : { link }),
    settings: json(d.settingsText, "settingsText", "The settings actions", []),
  };
  return { manifest, errors };
}
