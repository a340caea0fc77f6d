// Shared pieces of the function-runtime integration tests: a local price API on 127.0.0.1 (reached
// only because the workers run with the test-only FUNCTIONS_TEST_ALLOW_PRIVATE=1), worker
// processes started like `npm run worker`, and the oracle + consumer bricks deployed and linked on
// the dev chain with the function's automation account as the oracle's reporter.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { inject } from "vitest";
import { encodeArgs } from "@/lib/bricks/abi-mapping";
import { loadBrick } from "@/lib/bricks/load-brick";
import { db } from "@/lib/db";
import { ensureAutomationAccount } from "@/lib/functions/automation/create-account";
import { getDevAccounts, sendAndWait, testChainWs } from "@/tests/support/chain";
import { deploy, query, readBundle, send, type Deployed } from "@/bricks/_kit/tests/support/chain";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const ORACLE_DIR = path.join(ROOT, "bricks/price-feed-oracle");
const ORACLE_BUNDLE = path.join(ORACLE_DIR, "dist/price-feed-oracle.contract");
const CONSUMER_BUNDLE = path.join(ROOT, "bricks/_examples/consumer/dist/consumer.contract");

/**
 * A JSON price API. /price?tag=… answers {"price": "<current>"}; ?slow=ms delays every answer (a real
 * API's latency, for the bench); ?slowFirst=ms only the first for that tag (enough to catch a run in
 * progress; a retry of the run then does not wait again).
 */
export async function startPriceApi() {
  const hits = new Map<string, number>();
  const state = { price: "5.1234" };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const tag = url.searchParams.get("tag") ?? "";
    const hit = (hits.get(tag) ?? 0) + 1;
    hits.set(tag, hit);
    const delay =
      Number(url.searchParams.get("slow") ?? 0) + (hit === 1 ? Number(url.searchParams.get("slowFirst") ?? 0) : 0);
    setTimeout(() => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ price: state.price }));
    }, delay);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    host,
    url: `http://${host}/price`,
    state,
    hits: (tag: string) => hits.get(tag) ?? 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Fetches the price, scales it to the feed's decimals and reports it; `tag` counts its calls. */
export const PRICE_FUNCTION = `
export async function run({ input, state, fetch }) {
  const slow = (input.slow ? "&slow=" + input.slow : "") + (input.slowFirst ? "&slowFirst=" + input.slowFirst : "");
  const res = await fetch(input.url + "?tag=" + input.tag + slow);
  const { price } = await res.json();
  const value = Math.round(Number(price) * 10 ** input.decimals);
  console.log("price", price, "scaled", value);
  return { output: { value }, state: { runs: ((state && state.runs) || 0) + 1 } };
}`;

export const ORACLE_DELIVERY = JSON.stringify({
  message: "report",
  output: {
    type: "object",
    required: ["value"],
    properties: { value: { type: "integer", minimum: 0, title: "Scaled price" } },
  },
  args: { value: { kind: "field", field: "value" } },
});

export async function createFunction(opts: {
  name: string;
  api: { url: string; host: string };
  tag: string;
  slow?: number;
  slowFirst?: number;
  schedule?: string;
  networkId?: string;
  target?: { address: string; abi: string };
}) {
  const source = PRICE_FUNCTION;
  return db.functionInstance.create({
    data: {
      name: opts.name,
      source,
      sourceHash: "0x" + createHash("sha256").update(source).digest("hex"),
      config: JSON.stringify({
        input: { url: opts.api.url, tag: opts.tag, decimals: 8, slow: opts.slow ?? 0, slowFirst: opts.slowFirst ?? 0 },
        allowedHosts: [opts.api.host],
        allowHttp: true,
        allowPrivateAddresses: true,
        // The platform's cap rather than the 10 s default: on a loaded CI machine a sandbox process
        // can be starved of CPU for seconds, and these tests are about jobs, not the time limit.
        limits: { wallMs: 30_000 },
      }),
      schedule: opts.schedule ?? null,
      networkId: opts.networkId ?? null,
      targetAddress: opts.target?.address ?? null,
      targetAbi: opts.target?.abi ?? null,
      delivery: opts.target ? ORACLE_DELIVERY : null,
    },
  });
}

/** Deploys the consumer (the user's contract) and the oracle reporting to it, links them, and funds the reporter. */
export async function deployOracleFor(api: ApiPromise, instanceId: string) {
  const { alice } = await getDevAccounts();
  const { address: reporter } = await ensureAutomationAccount(instanceId);
  const loaded = await loadBrick(ORACLE_DIR);
  if (!loaded.ok) throw new Error("price-feed-oracle brick does not load");
  const consumer = await deploy(api, readBundle(CONSUMER_BUNDLE), alice, "new", []);
  const answers = { description: "DOT / USD", decimals: 8, reporters: [reporter], consumer: consumer.address };
  const args = encodeArgs(loaded.brick.manifest, loaded.brick.bundle, answers, { signer: alice.address });
  const oracle = await deploy(api, readBundle(ORACLE_BUNDLE), alice, "new", args);
  await send(consumer.contract, alice, "set_feed", [oracle.address]);
  await sendAndWait(api.tx.balances.transferKeepAlive(reporter, 10n ** 13n), alice);
  return { consumer, oracle, reporter, abi: fs.readFileSync(ORACLE_BUNDLE, "utf8") };
}

export async function consumerLatest(consumer: Deployed): Promise<[number, number]> {
  const { alice } = await getDevAccounts();
  const out = (await query(consumer.contract, alice.address, "latest", [])).output as { ok: [number, number] };
  return out.ok;
}

export type TWorkerProc = { id: string; child: ChildProcess; stop: () => Promise<void> };

/** One `npm run worker` process on the given jobs database, ready when it says so. */
export async function startWorkerProcess(id: string, jobsUrl: string, extraEnv: Record<string, string> = {}) {
  // Node itself runs the worker (tsx as a loader, not its CLI, which would run the worker in a child
  // process of its own): the process the test kills is the worker.
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts", "--id", id, "--concurrency", "4"],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: inject("databaseUrl"),
        JOBS_DATABASE_URL: jobsUrl,
        FUNCTIONS_TEST_ALLOW_PRIVATE: "1",
        FUNCTIONS_MAINTENANCE_SECONDS: "1",
        // Short, so a killed worker's job comes back within seconds; live workers keep theirs by heartbeat.
        FUNCTIONS_JOB_EXPIRE_SECONDS: "9",
        CHAIN_RPC_URL: testChainWs(),
        FUNCTIONS_RETRY_DELAY_SECONDS: "1",
        ...extraEnv,
      },
    },
  );
  let output = "";
  const echo = process.env.FN_TEST_VERBOSE === "1";
  child.stderr!.on("data", (d: Buffer) => ((output += d.toString()), echo && process.stderr.write(`[${id}] ${d}`)));
  if (echo) child.stdout!.on("data", (d: Buffer) => process.stdout.write(`[${id}] ${d}`));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker ${id} did not start:\n${output}`)), 170_000);
    child.stdout!.on("data", (d: Buffer) => {
      output += d.toString();
      if (output.includes("ready")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`worker ${id} exited (${code}):\n${output}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  return { id, child, stop, output: () => output };
}

export async function waitFor<T>(
  what: string,
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 60_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Lets one more function report to an oracle already deployed (its owner adds the reporter), and funds it. */
export async function addReporterFor(api: ApiPromise, oracle: Deployed, instanceId: string) {
  const { alice } = await getDevAccounts();
  const { address } = await ensureAutomationAccount(instanceId);
  await send(oracle.contract, alice, "add_reporter", [address]);
  await sendAndWait(api.tx.balances.transferKeepAlive(address, 10n ** 13n), alice);
}
