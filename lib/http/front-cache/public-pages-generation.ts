// One counter for "what the public pages show has changed", shared by the front cache (loaded by
// scripts/serve.ts, outside Next's bundles) and revalidateCatalog (inside them). The two are different
// module instances in one process, so the counter lives on globalThis under a registered symbol.
// No "server-only" import: this module is loaded by plain Node too.

type TGeneration = { value: number };

const KEY = Symbol.for("brickyard.publicPages.generation");

function holder(): TGeneration {
  const g = globalThis as typeof globalThis & { [KEY]?: TGeneration };
  g[KEY] ??= { value: 0 };
  return g[KEY];
}

export function currentPublicPagesGeneration(): number {
  return holder().value;
}

/** Called after a change commits: every page the front cache holds is dropped. */
export function bumpPublicPagesGeneration(): void {
  holder().value += 1;
}
