// Builds a Solidity brick (its contracts/*.sol) into the agreed bundle `<slug>.sol.json`: the exact
// standard-JSON input (local sources + every @openzeppelin/… file they import, read from
// node_modules), the PolkaVM code resolc produced for it, its ABI, code hash and compiler versions.
// Deterministic: the same sources and the same pinned packages give the same bytes.
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { resolveInputs } from "@parity/resolc";
import { compileContract, compilerVersions } from "./compile";
import { codeHashOf } from "./code-hash";
import { SOLIDITY_BUNDLE_FORMAT, type TSolidityBundleFile, type TStandardJsonInput } from "./schema";

/** The compiler settings every first-party brick is built with (the defaults of @parity/resolc's compile()). */
export const BUILD_SETTINGS = {
  optimizer: { mode: "z", fallback_to_optimizing_for_size: true, enabled: true, runs: 200 },
  outputSelection: { "*": { "*": ["abi"] } },
} as const;

const IMPORT_RE = /import\s+(?:[^"';]*\s+from\s+)?["']([^"']+)["']/g;

/** The folders under `root` (and root/_examples) whose contracts/ holds Solidity sources. */
export async function findSolidityDirs(root: string): Promise<string[]> {
  const dirs: string[] = [];
  for (const base of [root, path.join(root, "_examples")]) {
    const names = await readdir(base).catch(() => [] as string[]);
    for (const name of names.sort()) {
      if (base === root && (name.startsWith("_") || name.startsWith("."))) continue;
      const files = await readdir(path.join(base, name, "contracts")).catch(() => [] as string[]);
      if (files.some((f) => f.endsWith(".sol"))) dirs.push(path.join(base, name));
    }
  }
  return dirs;
}

/**
 * The entry contract of a folder: the one file in contracts/ that no other local file imports; its
 * contract is named like the file (contracts/BrickToken.sol → BrickToken).
 */
export function entryFile(sources: Record<string, string>): { file: string; name: string } {
  const imported = new Set<string>();
  for (const [file, content] of Object.entries(sources)) {
    for (const [, spec] of content.matchAll(IMPORT_RE)) {
      if (spec.startsWith(".")) imported.add(path.posix.join(path.posix.dirname(file), spec));
    }
  }
  const entries = Object.keys(sources).filter((f) => !imported.has(f));
  if (entries.length !== 1) {
    throw new Error(
      `contracts/ must have exactly one file that no other file imports (the brick's contract), found: ${entries.join(", ") || "none"}`,
    );
  }
  return { file: entries[0], name: path.posix.basename(entries[0], ".sol") };
}

/** Where the bundle goes: brick.json's "contract", or dist/<folder>.sol.json for an example. */
async function bundlePathOf(dir: string): Promise<string> {
  const manifest = await readFile(path.join(dir, "brick.json"), "utf8").catch(() => undefined);
  const contract = manifest ? (JSON.parse(manifest) as { contract?: unknown }).contract : undefined;
  return path.join(dir, typeof contract === "string" ? contract : `dist/${path.basename(dir)}.sol.json`);
}

/** The standard-JSON input for a folder's contracts/ (sorted, so the text never depends on file order). */
export async function buildInput(
  dir: string,
): Promise<{ input: TStandardJsonInput; entry: { file: string; name: string } }> {
  const local: Record<string, string> = {};
  for (const f of (await readdir(path.join(dir, "contracts"))).sort()) {
    if (f.endsWith(".sol")) local[`contracts/${f}`] = await readFile(path.join(dir, "contracts", f), "utf8");
  }
  const entry = entryFile(local);
  const resolved = resolveInputs(Object.fromEntries(Object.entries(local).map(([k, content]) => [k, { content }])));
  const sources = Object.fromEntries(
    Object.keys(resolved)
      .sort()
      .map((k) => [k, { content: resolved[k].content }]),
  );
  return { input: { language: "Solidity", sources, settings: structuredClone(BUILD_SETTINGS) }, entry };
}

export interface BuiltSolidity {
  dir: string;
  bundlePath: string;
  bundle: TSolidityBundleFile;
  codeSize: number;
}

export async function buildSolidityBundle(dir: string): Promise<BuiltSolidity> {
  const { input, entry } = await buildInput(dir);
  const { abi, code } = await compileContract(input, entry);
  const bundle: TSolidityBundleFile = {
    format: SOLIDITY_BUNDLE_FORMAT,
    contract: entry,
    abi,
    code,
    codeHash: codeHashOf(code),
    compiler: await compilerVersions(),
    input,
  };
  const bundlePath = await bundlePathOf(dir);
  await mkdir(path.dirname(bundlePath), { recursive: true });
  await writeFile(bundlePath, JSON.stringify(bundle, null, 2) + "\n");
  return { dir, bundlePath, bundle, codeSize: (code.length - 2) / 2 };
}
