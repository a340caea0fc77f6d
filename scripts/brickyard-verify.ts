// `npm run brickyard -- verify bricks/<slug>`: the verified-source check the server runs when a
// Solidity brick is published, run locally: the brick's static checks, then its bundle's recorded
// compiler input compiled again with the pinned resolc and compared byte for byte with its code.
// Always compiles (no cache), so it proves the bundle here and now.
import path from "node:path";
import { loadBrick } from "@/lib/bricks/load-brick";
import { inputHash, verifySoliditySource } from "@/lib/bricks/kinds/solidity/verify-source";

export async function verifyBrick(dir: string): Promise<{ ok: boolean; lines: string[] }> {
  const loaded = await loadBrick(dir);
  const rel = (p: string) => path.relative(process.cwd(), p) || ".";
  if (!loaded.ok)
    return {
      ok: false,
      lines: [
        "✗ The brick has problems (the same checks as npm run bricks:check):",
        ...loaded.problems.map((p) => `${rel(p.file)}  ${p.jsonPath}  ${p.message} — ${p.fix}`),
      ],
    };
  const { manifest, bundle } = loaded.brick;
  if (bundle.kind !== "solidity")
    return {
      ok: true,
      lines: [
        `= ${manifest.slug}@${manifest.version} is an ink! brick: its code hash ${bundle.codeHash} is checked (blake2-256); there are no sources to compile.`,
      ],
    };
  const started = Date.now();
  const outcome = await verifySoliditySource(bundle, { useCache: false });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (!outcome.ok)
    return { ok: false, lines: [`✗ ${manifest.slug}@${manifest.version}: ${outcome.message} — ${outcome.fix}`] };
  return {
    ok: true,
    lines: [
      `✓ Source verified: ${manifest.slug}@${manifest.version} — ${Object.keys(bundle.input.sources).length} source files compile to exactly this code`,
      `  ${bundle.contract.name} (${bundle.contract.file}), ${bundle.wasm.length.toLocaleString("en-US")} bytes, code hash ${bundle.codeHash}`,
      `  resolc ${outcome.compiler.resolc}, solc ${outcome.compiler.solc}, input sha-256 ${inputHash(bundle)} (${secs} s)`,
    ],
  };
}
