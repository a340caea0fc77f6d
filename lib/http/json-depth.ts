// Finds how deep a JSON text nests WITHOUT parsing it, so a 100,000-level body is refused before
// JSON.parse builds it and before anything recursive (JSON.stringify, zod) walks it.
// Pure, no imports: usable anywhere.

/** True when `text` nests arrays/objects deeper than `maxDepth` (brackets inside strings ignored). */
export function jsonTooDeep(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
