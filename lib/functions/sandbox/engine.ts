// QuickJS engines for the worker process. The wasm is compiled once; each engine is an instance of it
// with its OWN WebAssembly.Memory whose maximum is the run's memory limit. That is the hard bound
// (QuickJS's setMemoryLimit alone lets typed arrays grow the heap far past it): growing past the
// maximum fails inside the engine, which reports "out of memory". An engine is reused by later runs
// (each gets a fresh runtime and context) until its heap has grown, a run broke it, or its limit
// differs; a replacement is prepared in the background so the next start stays fast.
import "server-only";
import fs from "node:fs";
import { createRequire } from "node:module";
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from "quickjs-emscripten-core";
import variant from "@jitl/quickjs-wasmfile-release-sync";

const PAGE = 64 * 1024;
/** The heap a fresh engine starts with (its runtime's own needs); a function's limit comes on top. */
export const ENGINE_BASE_BYTES = 16 * 1024 * 1024;
/** An engine whose heap grew past this is replaced after the run, so later runs start small. */
const REUSE_MAX_BYTES = ENGINE_BASE_BYTES + 8 * 1024 * 1024;
const REUSE_MAX_RUNS = 1000;

export type TEngine = { module: QuickJSWASMModule; memory: WebAssembly.Memory; maxBytes: number; runs: number };

let compiled: Promise<WebAssembly.Module> | undefined;
let current: TEngine | undefined;
let spare: Promise<TEngine> | undefined;

function compileWasm(): Promise<WebAssembly.Module> {
  const require = createRequire(import.meta.url);
  compiled ??= WebAssembly.compile(fs.readFileSync(require.resolve("@jitl/quickjs-wasmfile-release-sync/wasm")));
  return compiled;
}

export function engineMaxBytes(memoryBytes: number): number {
  return Math.ceil((ENGINE_BASE_BYTES + memoryBytes) / PAGE) * PAGE;
}

async function createEngine(maxBytes: number): Promise<TEngine> {
  const memory = new WebAssembly.Memory({ initial: ENGINE_BASE_BYTES / PAGE, maximum: maxBytes / PAGE });
  const quickjs = await newQuickJSWASMModuleFromVariant(
    newVariant(variant, { wasmModule: await compileWasm(), wasmMemory: memory }),
  );
  return { module: quickjs, memory, maxBytes, runs: 0 };
}

/** An engine whose memory maximum matches the run's limit; reuses the current one when it can. */
export async function acquireEngine(memoryBytes: number): Promise<TEngine> {
  const maxBytes = engineMaxBytes(memoryBytes);
  if (current && current.maxBytes === maxBytes) return current;
  const ready = spare ? await spare.catch(() => undefined) : undefined;
  spare = undefined;
  current = ready && ready.maxBytes === maxBytes ? ready : await createEngine(maxBytes);
  return current;
}

/** After a run: keep the engine, or drop it (broken, grown, old) and prepare a fresh one meanwhile. */
export function releaseEngine(engine: TEngine, broken: boolean): void {
  engine.runs += 1;
  const keep = !broken && engine.memory.buffer.byteLength <= REUSE_MAX_BYTES && engine.runs < REUSE_MAX_RUNS;
  if (keep || current !== engine) return;
  current = undefined;
  spare = createEngine(engine.maxBytes);
}

/** Compiles the wasm and makes the default engine, so the first run does not pay for it. */
export async function warmEngine(memoryBytes: number): Promise<void> {
  await acquireEngine(memoryBytes);
}
