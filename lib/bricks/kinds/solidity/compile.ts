// Runs the pinned resolc (a wasm build of the compiler bundled with solc, from @parity/resolc) on an
// exact standard-JSON input, in a worker thread: one compile takes ~10 s of CPU, and a server must
// keep answering meanwhile. The package's own compile() rebuilds the input with its own settings;
// verification must compile exactly the recorded input, so the worker calls its raw resolc(input).
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { TStandardJsonInput } from "./schema";

export interface SolcStandardOutput {
  contracts?: Record<string, Record<string, { abi?: unknown[]; evm?: { bytecode?: { object?: string } } }>>;
  errors?: { severity: string; formattedMessage?: string; message: string }[];
}

// Plain CommonJS so it runs the same from tsx, vitest and the Next.js server bundle (no file to ship).
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { resolc } = require(workerData.resolcJs);
try {
  parentPort.postMessage({ ok: true, output: resolc(workerData.input) });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
`;

const VERSION_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
parentPort.postMessage(require(workerData.resolcJs).version());
`;

/** dist/resolc.js of the installed @parity/resolc (not in its "exports", so found beside index.js). */
function resolcJs(): string {
  const req = createRequire(path.join(process.cwd(), "package.json"));
  return path.join(path.dirname(req.resolve("@parity/resolc")), "resolc.js");
}

function runWorker<T>(source: string, data: Record<string, unknown>): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { resolcJs: resolcJs(), ...data } });
    worker.once("message", (m: T) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the compiler stopped with exit code ${code}`));
    });
  });
}

/** Compiles a standard-JSON input (the exact text is what gets compiled). Throws on a compiler crash. */
export async function compileStandardJson(input: string): Promise<SolcStandardOutput> {
  const r = await runWorker<{ ok: true; output: SolcStandardOutput } | { ok: false; message: string }>(WORKER_SOURCE, {
    input,
  });
  if (!r.ok) throw new Error(`resolc failed: ${r.message}`);
  return r.output;
}

let cachedVersions: Promise<{ resolc: string; solc: string }> | undefined;

/** The versions of the installed compiler pair, e.g. { resolc: "0.3.0", solc: "0.8.30" }. */
export function compilerVersions(): Promise<{ resolc: string; solc: string }> {
  cachedVersions ??= runWorker<string>(VERSION_SOURCE, {}).then((text) => {
    // "Solidity frontend for the revive compiler version 0.3.0+commit.… (LLVM …)"; solc from its package.
    const resolc = /version (\d+\.\d+\.\d+)/.exec(text)?.[1] ?? text.trim();
    const req = createRequire(path.join(process.cwd(), "package.json"));
    const solc = (req("solc/package.json") as { version: string }).version;
    return { resolc, solc };
  });
  return cachedVersions;
}

/** Compiles an input and picks one contract's ABI and code; throws with the compiler's own errors. */
export async function compileContract(
  input: TStandardJsonInput,
  contract: { file: string; name: string },
): Promise<{ abi: unknown[]; code: `0x${string}` }> {
  const out = await compileStandardJson(JSON.stringify(input));
  const errors = (out.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage ?? e.message).join("\n"));
  const c = out.contracts?.[contract.file]?.[contract.name];
  const object = c?.evm?.bytecode?.object;
  if (!c || !object) throw new Error(`the compiler produced no code for ${contract.name} in ${contract.file}`);
  return { abi: c.abi ?? [], code: `0x${object.replace(/^0x/, "")}` };
}
