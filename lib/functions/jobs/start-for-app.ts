// `npm start`'s part of the function runtime: the jobs database (the PGlite host, unless
// JOBS_DATABASE_URL names a PostgreSQL) and FUNCTION_WORKERS worker processes (default 1).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { TServerEnv } from "@/lib/env";
import { startPgliteHost, type TPgliteHost } from "./pglite-host";

export async function startFunctionWorkers(
  env: TServerEnv,
  chainRpcUrl: string | undefined,
  log: (s: string) => void,
): Promise<{ close: () => Promise<void> }> {
  let host: TPgliteHost | undefined;
  let url = env.JOBS_DATABASE_URL;
  if (!url) {
    host = await startPgliteHost();
    url = host.url;
    log(`Jobs database: PGlite in data/jobs (served to workers at ${url.replace(/\?.*$/, "")})`);
  } else log("Jobs database: JOBS_DATABASE_URL");
  const root = path.resolve(import.meta.dirname, "../../..");
  const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
  const children: ChildProcess[] = [];
  for (let i = 0; i < env.FUNCTION_WORKERS; i++) {
    children.push(
      spawn(process.execPath, [tsx, "--conditions=react-server", path.join(root, "scripts", "worker.ts")], {
        stdio: "inherit",
        env: { ...process.env, JOBS_DATABASE_URL: url, ...(chainRpcUrl ? { CHAIN_RPC_URL: chainRpcUrl } : {}) },
      }),
    );
  }
  if (env.FUNCTION_WORKERS > 0) log(`Function workers: ${env.FUNCTION_WORKERS} (more: npm run worker)`);
  return {
    close: async () => {
      for (const c of children) c.kill("SIGTERM");
      await host?.close();
    },
  };
}
