// npm run bench:functions:query — a function's query URL answer time: the API price feed's `query`
// handler (last value reported, from its stored state) through answerQuery, the service behind
// /api/functions/<id>/query (rate limit, instance lookup, sandbox run), N times one after another
// on a fresh database file; against the bare sandbox run of the same handler measured in the same run.
import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = process.cwd();
const N = Number(process.env.BENCH_RUNS ?? 200);
process.env.DATABASE_URL = `file:${ROOT}/.tmp/bench-function-query-${process.pid}.db`;
execFileSync("npx", ["prisma", "migrate", "deploy"], {
  env: { ...process.env, CHECKPOINT_DISABLE: "1" },
  stdio: "ignore",
});

const { db } = await import("@/lib/db");
const { loadFunctionBrick } = await import("@/lib/bricks/kinds/function/load-function-bricks");
const { instantiateFunctionBrick } = await import("@/lib/functions/bricks/instantiate");
const { answerQuery } = await import("@/lib/functions/queries/answer-query");
const { runFunction, closeSandboxPool, warmSandboxPool } = await import("@/lib/functions/sandbox");

const loaded = await loadFunctionBrick(path.join(ROOT, "bricks/api-price-feed"));
if (!loaded.ok) throw new Error("api-price-feed does not load");
const input = { url: "https://prices.example.com/dot", path: "price", decimals: 8 };
const { instance } = await instantiateFunctionBrick({ brick: loaded.brick, teamId: null, name: "bench", input });
const state = { last: "712345679", at: Date.now() };
await db.functionInstance.update({
  where: { id: instance.id },
  data: { queryAccess: "public", state: JSON.stringify(state) },
});
await warmSandboxPool();

const p = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
async function measure(label: string, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 10; i++) await fn(); // warm: sandbox processes, database, limiter rows
  const times: number[] = [];
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  console.log(`${label}: p50 ${p(times, 0.5).toFixed(1)} ms, p95 ${p(times, 0.95).toFixed(1)} ms (${N} calls)`);
  return times;
}

const bare = await measure("bare sandbox run of query()", async () => {
  const r = await runFunction({
    source: loaded.brick.source,
    handler: "query",
    input: { ...input, query: {} },
    secrets: {},
    state,
    allowedHosts: [],
  });
  if (!r.ok) throw new Error(r.error?.message);
});
const served = await measure("query URL service (answerQuery)", async () => {
  const r = await answerQuery({ instanceId: instance.id, authorization: null, params: {}, ip: "198.51.100.1" });
  if ((r.answer as { price: string }).price !== "7.12345679") throw new Error("wrong answer");
});
const ratio = p(served, 0.5) / p(bare, 0.5);
console.log(
  `query URL p50 ${p(served, 0.5).toFixed(1)} ms = ${ratio.toFixed(2)}x the bare sandbox run (target: milliseconds, p50 <= 50 ms) ${p(served, 0.5) <= 50 ? "OK" : "ABOVE TARGET"}`,
);
await closeSandboxPool();
await db.$disconnect();
