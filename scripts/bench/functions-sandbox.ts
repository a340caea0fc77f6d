// Sandbox part of `npm run bench:functions`: how fast a function starts on a warm worker process and how
// many trivial runs one worker process does per second. Baselines from the same run: a cold start (a new
// worker process per run, i.e. no pool) and the bare QuickJS engine in this process (no isolation).
import { newQuickJSWASMModuleFromVariant } from "quickjs-emscripten-core";
import variant from "@jitl/quickjs-wasmfile-release-sync";
import { percentile } from "@/lib/bench/stats";
import {
  closeSandboxPool,
  configureSandboxPool,
  runFunction,
  warmSandboxPool,
  type TRunRequest,
} from "@/lib/functions/sandbox";

const START_RUNS = Number(process.env.BENCH_START_RUNS ?? 200);
const THROUGHPUT_RUNS = Number(process.env.BENCH_THROUGHPUT_RUNS ?? 300);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);

const trivial: TRunRequest = {
  source: "export function run({ input }) { return input.n + 1; }",
  handler: "run",
  input: { n: 1 },
  secrets: {},
  state: null,
  allowedHosts: [],
};

// startMs spans two processes (both clocks are the machine's); the round trip (call → result back in
// the caller, measured in one process) is an upper bound of it that needs no cross-process clock.
async function startTimes(runs: number): Promise<{ starts: number[]; roundTrips: number[] }> {
  const starts: number[] = [];
  const roundTrips: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const result = await runFunction({ ...trivial, input: { n: i } });
    roundTrips.push(performance.now() - t);
    if (!result.ok || result.output !== i + 1) throw new Error(`run ${i} failed: ${result.error?.message}`);
    starts.push(result.timings!.startMs);
  }
  return { starts: starts.sort((a, b) => a - b), roundTrips: roundTrips.sort((a, b) => a - b) };
}

async function coldStarts(runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    closeSandboxPool();
    const t = performance.now();
    const result = await runFunction(trivial);
    if (!result.ok) throw new Error(`cold run failed: ${result.error?.message}`);
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b);
}

async function bareEngineRunsPerSecond(runs: number): Promise<number> {
  const quickjs = await newQuickJSWASMModuleFromVariant(variant);
  const t = performance.now();
  for (let i = 0; i < runs; i++) {
    const rt = quickjs.newRuntime();
    const ctx = rt.newContext();
    const ns = ctx.unwrapResult(ctx.evalCode(trivial.source, "f.js", { type: "module" }));
    ns.dispose();
    ctx.dispose();
    rt.dispose();
  }
  return runs / ((performance.now() - t) / 1000);
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const verdict = (ok: boolean, target: string) => (ok ? `OK (target ${target})` : `MISSED (target ${target})`);

async function main() {
  configureSandboxPool({ processes: 1 });
  const coldMs = await coldStarts(COLD_RUNS);
  closeSandboxPool();
  await warmSandboxPool();
  await startTimes(20); // warm-up: JIT, first engine

  const { starts, roundTrips } = await startTimes(START_RUNS);
  const p50 = percentile(starts, 50);

  const t = performance.now();
  for (let i = 0; i < THROUGHPUT_RUNS; i++) {
    const result = await runFunction({ ...trivial, input: { n: i } });
    if (!result.ok) throw new Error(`run failed: ${result.error?.message}`);
  }
  const perSecond = THROUGHPUT_RUNS / ((performance.now() - t) / 1000);
  closeSandboxPool();
  const bare = await bareEngineRunsPerSecond(THROUGHPUT_RUNS);

  const coldP50 = percentile(coldMs, 50);
  console.log("Functions: sandbox");
  console.log(`  sandbox start (call → function code runs), warm worker process, ${START_RUNS} runs`);
  console.log(
    `    p50 ${ms(p50)}  p95 ${ms(percentile(starts, 95))}  max ${ms(starts[starts.length - 1])}  ${verdict(p50 <= 30, "≤ 30 ms")}`,
  );
  console.log(
    `    whole trivial run (call → result back): p50 ${ms(percentile(roundTrips, 50))}  p95 ${ms(percentile(roundTrips, 95))}`,
  );
  console.log(
    `    baseline: cold start (new worker process per run, no pool), ${COLD_RUNS} runs: p50 ${ms(coldP50)} → warm is ${(coldP50 / p50).toFixed(0)}× faster`,
  );
  console.log(`  trivial runs per second on one worker process, ${THROUGHPUT_RUNS} runs back to back`);
  console.log(`    ${perSecond.toFixed(0)} runs/s  ${verdict(perSecond >= 100, "≥ 100")}`);
  console.log(
    `    baseline: bare QuickJS in this process (no worker process, no limits, no bootstrap): ${bare.toFixed(0)} runs/s → sandbox keeps ${((perSecond / bare) * 100).toFixed(0)}%`,
  );
  process.exitCode = p50 <= 30 && perSecond >= 100 ? 0 : 1;
}

await main();
