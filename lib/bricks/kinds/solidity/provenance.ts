// Where a Solidity brick's code comes from, for the brick page: the OpenZeppelin contracts its own
// files import, and whether every @openzeppelin/contracts file in its compiler input is byte for
// byte the file of the npm release installed here (then the version is named). Provenance, not an
// audit claim: it says which library code went in, not that the brick itself was reviewed.
import "server-only";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const OZ = "@openzeppelin/contracts";
const IMPORT_NAMES_RE = /import\s*\{([^}]*)\}\s*from\s*["']@openzeppelin\/contracts\/[^"']+["']/g;

export interface Provenance {
  library: "OpenZeppelin Contracts";
  /** The installed release every library file matches; undefined when some file differs or none is installed. */
  version?: string;
  /** Installed release that was compared against. */
  comparedWith?: string;
  /** Library files in the input, and how many differ from that release. */
  files: number;
  differing: string[];
  /** The OpenZeppelin contracts the brick's own files import, e.g. ["ERC20", "Ownable"]. */
  uses: string[];
}

async function installedRoot(): Promise<{ root: string; version: string } | undefined> {
  try {
    const req = createRequire(path.join(process.cwd(), "package.json"));
    const pkg = req.resolve(`${OZ}/package.json`);
    return {
      root: path.dirname(pkg),
      version: (JSON.parse(await readFile(pkg, "utf8")) as { version: string }).version,
    };
  } catch {
    return undefined;
  }
}

const memo = new Map<string, Promise<Provenance | undefined>>();

/** `key`: something that identifies the input (the version id) so the files are compared once. */
export function provenanceOf(
  key: string,
  sources: Record<string, { content: string }>,
): Promise<Provenance | undefined> {
  let hit = memo.get(key);
  if (!hit) {
    hit = compute(sources);
    memo.set(key, hit);
  }
  return hit;
}

async function compute(sources: Record<string, { content: string }>): Promise<Provenance | undefined> {
  const libFiles = Object.keys(sources).filter((p) => p.startsWith(`${OZ}/`));
  if (libFiles.length === 0) return undefined;
  const uses = new Set<string>();
  for (const [p, { content }] of Object.entries(sources)) {
    if (p.startsWith("@")) continue;
    for (const [, names] of content.matchAll(IMPORT_NAMES_RE))
      for (const n of names.split(",")) if (n.trim()) uses.add(n.trim().split(/\s+as\s+/)[0]);
  }
  const installed = await installedRoot();
  const differing: string[] = [];
  if (installed) {
    for (const p of libFiles) {
      const local = await readFile(path.join(installed.root, p.slice(OZ.length + 1)), "utf8").catch(() => undefined);
      if (local !== sources[p].content) differing.push(p);
    }
  }
  return {
    library: "OpenZeppelin Contracts",
    version: installed && differing.length === 0 ? installed.version : undefined,
    comparedWith: installed?.version,
    files: libFiles.length,
    differing,
    uses: [...uses].sort(),
  };
}
