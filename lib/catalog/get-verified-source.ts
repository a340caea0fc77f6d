// What the brick page says about a Solidity version's source: the files its code was compiled from
// (kept in the stored bundle, so they are exactly what publishing verified), the compiler, and the
// OpenZeppelin provenance. Every published Solidity version passed the recompile check, because
// publishing refuses one whose sources do not compile to its code.
import "server-only";
import { readStoredSolidity } from "@/lib/bricks/kinds/solidity/parse-bundle";
import { provenanceOf, type Provenance } from "@/lib/bricks/kinds/solidity/provenance";

export interface VerifiedSource {
  contract: { file: string; name: string };
  compiler: { resolc: string; solc: string };
  /** The brick's own files (with their text) first, then library files (path and size only). */
  own: { path: string; content: string }[];
  libraries: { path: string; bytes: number }[];
  provenance?: Provenance;
}

export async function getVerifiedSource(version: {
  id: string;
  bundleKind: string;
  abi: string;
}): Promise<VerifiedSource | null> {
  if (version.bundleKind !== "solidity") return null;
  let stored: ReturnType<typeof readStoredSolidity>;
  try {
    stored = readStoredSolidity(JSON.parse(version.abi));
  } catch {
    return null;
  }
  const entries = Object.entries(stored.input.sources);
  return {
    contract: stored.contract,
    compiler: stored.compiler,
    own: entries.filter(([p]) => !p.startsWith("@")).map(([path, { content }]) => ({ path, content })),
    libraries: entries
      .filter(([p]) => p.startsWith("@"))
      .map(([path, { content }]) => ({ path, bytes: Buffer.byteLength(content) })),
    provenance: await provenanceOf(version.id, stored.input.sources),
  };
}
