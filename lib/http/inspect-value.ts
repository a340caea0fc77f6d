// Walks a parsed value (a JSON body or a server action's arguments) WITHOUT recursion, and reports
// the first thing no route should ever pass on: nesting deeper than the limit, too many values or
// characters, or a string that is not well-formed Unicode (a lone UTF-16 surrogate such as
// "\ud800", which SQLite/Prisma cannot store and used to surface as a 500). Pure: no imports.

export type TValueProblem =
  { kind: "depth"; path: string } | { kind: "size"; path: string } | { kind: "unicode"; path: string };

export type TInspectLimits = { maxDepth: number; maxNodes: number; maxChars: number };

/** `String.prototype.isWellFormed` (Node ≥ 20) — no lone surrogates. */
export function isWellFormed(s: string): boolean {
  return (s as string & { isWellFormed(): boolean }).isWellFormed();
}

function pathOf(parts: readonly (string | number)[]): string {
  return parts.length ? parts.join(".") : "_";
}

export function inspectValue(root: unknown, limits: TInspectLimits): TValueProblem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  const seen = new Set<object>();
  let nodes = 0;
  let chars = 0;
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (++nodes > limits.maxNodes) return { kind: "size", path: pathOf(path) };
    if (typeof value === "string") {
      chars += value.length;
      if (chars > limits.maxChars) return { kind: "size", path: pathOf(path) };
      if (!isWellFormed(value)) return { kind: "unicode", path: pathOf(path) };
      continue;
    }
    if (value === null || typeof value !== "object" || seen.has(value)) continue;
    seen.add(value);
    if (path.length >= limits.maxDepth) return { kind: "depth", path: pathOf(path.slice(0, 8)) + "…" };
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : value instanceof Map
        ? [...value.entries()].map(([k, v]) => [String(k), v])
        : Object.entries(value);
    for (const [key, child] of entries) {
      if (typeof key === "string" && !isWellFormed(key)) return { kind: "unicode", path: pathOf(path) };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}
