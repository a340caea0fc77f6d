// npm run worker — one function worker process. Start as many as you like, on any machine that
// reaches the jobs database (JOBS_DATABASE_URL) and the app database (DATABASE_URL). Without
// JOBS_DATABASE_URL it joins the PGlite host that `npm start` serves, or becomes that host itself.
// Options: --concurrency N (runs at once, default 4), --id NAME.
// FUNCTIONS_TEST_ALLOW_PRIVATE=1 is a TEST-ONLY setting: functions may then reach 127.0.0.1.
import os from "node:os";
import { EnvError, parseEnv } from "@/lib/env";
import { closeSandboxPool, configureSandboxPool, runFunction, warmSandboxPool } from "@/lib/functions/sandbox";
import { findPgliteHost, startPgliteHost } from "@/lib/functions/jobs/pglite-host";
import { CHAIN_CONNECT_TIMEOUT_MS, startWorker } from "@/lib/functions/jobs/worker";
import { getChainApi } from "@/lib/chain/api-pool";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const env = parseEnv();
  let url = env.JOBS_DATABASE_URL ?? findPgliteHost();
  const host = url ? undefined : await startPgliteHost();
  url ??= host!.url;
  const workerId = arg("id") ?? `${os.hostname()}:${process.pid}`;
  const concurrency = Number(arg("concurrency") ?? 4);
  // Runs mostly wait on HTTP; two sandbox processes per worker keep CPU and memory modest.
  configureSandboxPool({ processes: Math.min(concurrency, Number(process.env.FUNCTIONS_SANDBOX_PROCESSES) || 2) });
  await warmSandboxPool();
  const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  const worker = await startWorker({
    url,
    workerId,
    concurrency,
    runner: runFunction,
    allowPrivateAddresses: process.env.FUNCTIONS_TEST_ALLOW_PRIVATE === "1",
    // Shorter in tests, so a killed worker's job comes back in seconds rather than a minute.
    maintenanceIntervalSeconds: num("FUNCTIONS_MAINTENANCE_SECONDS", 30),
    queue: {
      retryLimit: num("FUNCTIONS_RETRY_LIMIT", 3),
      retryDelay: num("FUNCTIONS_RETRY_DELAY_SECONDS", 2),
      expireInSeconds: num("FUNCTIONS_JOB_EXPIRE_SECONDS", 60),
    },
  });
  console.log(`[worker ${workerId}] ready`);
  // Open the chain connection now (metadata takes a while on a busy node), not at the first delivery.
  if (env.CHAIN_RPC_URL)
    void getChainApi(env.CHAIN_RPC_URL, { timeoutMs: CHAIN_CONNECT_TIMEOUT_MS }).catch(() => undefined);
  const stop = async () => {
    await worker.stop();
    await closeSandboxPool();
    await host?.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
