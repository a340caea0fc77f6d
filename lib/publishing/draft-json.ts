// The JSON text boxes of a publish form, read back the same way for every bundle kind: a list box split
// on commas and spaces, and a JSON box parsed with the error's line and column in words, each error
// kept with the box it belongs to. Browser-safe: the form shows the JSON errors while typing.

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

/**
 * A reader for one draft's JSON boxes: `json(text, field, what, empty)` is the parsed value, or `empty`
 * for a blank box or one that is not JSON (its error then added to `errors`, named by `field`).
 */
export function jsonBoxes() {
  const errors: DraftJsonError[] = [];
  const json = (text: string, field: string, what: string, empty: unknown) => {
    if (!text.trim()) return empty;
    const parsed = parseJsonText(text, what);
    if (parsed.ok) return parsed.value;
    errors.push({ field, message: parsed.message });
    return empty;
  };
  return { json, errors };
}
