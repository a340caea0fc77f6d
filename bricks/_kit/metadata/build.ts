// Builds one kit contract folder (bricks/<slug>/ or bricks/_examples/<name>/):
// spec.ts → assembly/generated/*.ts → asc → chain checks → dist/<slug>.contract (ink! v5 bundle).
// Deterministic: the same sources give byte-identical output.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { wasmChecks } from "../../../lib/bricks/wasm-checks";
import { generateAssembly } from "./codegen";
import { generateMetadata } from "./metadata";
import type { ContractSpec } from "./spec";

/** Compiler flags measured to give wasm the dev chain accepts (../shared/docs/ENVIRONMENT.md). */
export const ASC_FLAGS = [
  ...["--runtime", "stub", "--importMemory", "--noExportMemory", "--zeroFilledMemory"],
  ...["--initialMemory", "2", "--maximumMemory", "16", "--use", "abort="],
  ...["--disable", "sign-extension,mutable-globals,nontrapping-f2i,bulk-memory"],
  ...["-O3", "--shrinkLevel", "2", "--noAssert", "--converge"],
];

const KIT_ASSEMBLY = path.resolve(import.meta.dirname, "../assembly/index");
const execFileAsync = promisify(execFile);
/** The installed compiler's version (recorded in the bundle). */
export const ASC_VERSION: string = (
  createRequire(import.meta.url)("assemblyscript/package.json") as { version: string }
).version;

export interface BuildResult {
  slug: string;
  dir: string;
  spec: ContractSpec;
  wasm: Uint8Array;
  bundle: Record<string, unknown>;
  /** Where the bundle was written. */
  bundlePath: string;
}

export class BuildError extends Error {}

export async function loadSpec(dir: string): Promise<ContractSpec> {
  const mod = (await import(pathToFileURL(path.join(dir, "spec.ts")).href)) as { default?: ContractSpec };
  if (!mod.default)
    throw new BuildError(`${dir}/spec.ts: export the spec as default (export default defineContract({...}))`);
  return mod.default;
}

/** Write-then-rename, so a build running in parallel (test workers) never reads a half-written file. */
async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

/** Writes assembly/generated/*.ts (only files whose content changed). */
export async function writeGenerated(dir: string, spec: ContractSpec): Promise<string[]> {
  const genDir = path.join(dir, "assembly", "generated");
  const kitImport = path.relative(genDir, KIT_ASSEMBLY).split(path.sep).join("/");
  const files = generateAssembly(spec, kitImport);
  await mkdir(genDir, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(genDir, name);
    const old = await readFile(file, "utf8").catch(() => null);
    if (old !== text) {
      await writeAtomic(file, text);
      written.push(file);
    }
  }
  return written;
}

/**
 * Compiles assembly/index.ts of each folder with the kit's flags (one child `node` process for all:
 * asc and binaryen load in ~1 s there, ~20 s through tsx's loader). Returns the wasm per folder.
 */
export async function compileMany(
  dirs: string[],
  opts: { entry?: string; flags?: string[] } = {},
): Promise<Map<string, Uint8Array>> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "bricks-asc-"));
  try {
    const jobs = dirs.map((dir, i) => ({
      dir,
      entry: opts.entry,
      outFile: path.join(tmp, `${i}.wasm`),
      flags: opts.flags ?? ASC_FLAGS,
    }));
    const jobsFile = path.join(tmp, "jobs.json");
    await writeFile(jobsFile, JSON.stringify(jobs));
    const { stdout } = await execFileAsync(
      process.execPath,
      [path.join(import.meta.dirname, "asc-run.mjs"), jobsFile],
      {
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NODE_OPTIONS: "" },
      },
    );
    const results = JSON.parse(stdout.trim().split("\n").pop() ?? "[]") as {
      dir: string;
      ok: boolean;
      error?: string;
    }[];
    const failed = results.filter((r) => !r.ok);
    if (failed.length) throw new BuildError(failed.map((r) => `asc failed for ${r.dir}:\n${r.error}`).join("\n"));
    const out = new Map<string, Uint8Array>();
    for (const job of jobs) out.set(job.dir, new Uint8Array(await readFile(job.outFile)));
    return out;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** The whole pipeline for several folders (one compiler process). `outDir` defaults to <dir>/dist. */
export async function buildContracts(dirs: string[], opts: { outDir?: string } = {}): Promise<BuildResult[]> {
  const abs = dirs.map((d) => path.resolve(d));
  const specs = new Map<string, ContractSpec>();
  for (const dir of abs) {
    const spec = await loadSpec(dir);
    specs.set(dir, spec);
    await writeGenerated(dir, spec);
  }
  const wasms = await compileMany(abs);
  const results: BuildResult[] = [];
  for (const dir of abs) {
    const slug = path.basename(dir);
    const spec = specs.get(dir)!;
    const wasm = wasms.get(dir)!;
    const { problems } = wasmChecks(wasm);
    if (problems.length) {
      throw new BuildError(
        `${slug}: the chain would reject this wasm:\n${problems.map((p) => `- ${p.message} (fix: ${p.fix})`).join("\n")}`,
      );
    }
    const bundle = generateMetadata(spec, wasm, { compiler: `asc ${ASC_VERSION}`, flags: ASC_FLAGS });
    const outDir = opts.outDir ?? path.join(dir, "dist");
    await mkdir(outDir, { recursive: true });
    const bundlePath = path.join(outDir, `${slug}.contract`);
    await writeAtomic(bundlePath, JSON.stringify(bundle, null, 2) + "\n");
    results.push({ slug, dir, spec, wasm, bundle, bundlePath });
  }
  return results;
}

export async function buildContract(dir: string, opts: { outDir?: string } = {}): Promise<BuildResult> {
  return (await buildContracts([dir], opts))[0];
}

/** Every folder under bricks/ (and bricks/_examples/) with assembly/index.ts and spec.ts. */
export async function findContractDirs(bricksRoot: string): Promise<string[]> {
  const isDir = async (p: string) => (await stat(p).catch(() => null))?.isDirectory() ?? false;
  const hasFile = async (p: string) => (await stat(p).catch(() => null))?.isFile() ?? false;
  const out: string[] = [];
  const scan = async (root: string) => {
    for (const name of (await readdir(root)).sort()) {
      const dir = path.join(root, name);
      if (name.startsWith(".") || !(await isDir(dir))) continue;
      if ((await hasFile(path.join(dir, "assembly", "index.ts"))) && (await hasFile(path.join(dir, "spec.ts"))))
        out.push(dir);
    }
  };
  await scan(bricksRoot);
  if (await isDir(path.join(bricksRoot, "_examples"))) await scan(path.join(bricksRoot, "_examples"));
  return out;
}
