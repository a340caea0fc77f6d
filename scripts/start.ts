// npm start — the embedded setup in one command: migrate the database file, start the local dev
// chain (unless CHAIN_RPC_URL points at an external node), publish the bricks, build if needed,
// then serve the app. `--dev` serves with `next dev` instead of the production build.
import { spawn } from "node:child_process";
import path from "node:path";
import { EnvError, parseEnv } from "@/lib/env";
import { migrateDatabase } from "@/lib/setup/migrate-database";
import { ensureBuild } from "@/lib/setup/ensure-build";
import { startChainForApp } from "@/lib/setup/start-chain-for-app";
import { startReviveChainForApp } from "@/lib/setup/start-revive-chain-for-app";
import { seedDatabase } from "@/lib/setup/seed-database";
import { startFunctionWorkers } from "@/lib/functions/jobs/start-for-app";

const log = (s: string) => console.log(`[brickyard] ${s}`);
const dev = process.argv.includes("--dev");

async function main() {
  const env = parseEnv();
  migrateDatabase(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  log(`Database ready: ${env.DATABASE_URL}`);

  const chain = await startChainForApp(env, log);
  const revive = await startReviveChainForApp(env, log);
  await seedDatabase(env, chain.rpcUrl, log, revive);
  if (!dev) ensureBuild(log);
  const functions = await startFunctionWorkers(env, chain.rpcUrl, log);

  const nextBin = path.join(import.meta.dirname, "..", "node_modules", "next", "dist", "bin", "next");
  // Production serves through scripts/serve.ts: Next.js behind the front cache for public pages.
  const serve = path.join(import.meta.dirname, "serve.ts");
  const args = dev
    ? [nextBin, "dev", "-p", String(env.PORT), "-H", "127.0.0.1"]
    : ["--import", "tsx", serve, String(env.PORT), "127.0.0.1"];
  const child = spawn(process.execPath, args, {
    stdio: "inherit",
    env: { ...process.env, CHAIN_RPC_URL: chain.rpcUrl, ...(revive ? { REVIVE_CHAIN_RPC_URL: revive.rpcUrl } : {}) },
  });
  log(`Brickyard at http://localhost:${env.PORT}`);

  let stopping = false;
  const stop = async (code: number) => {
    // Ctrl-C reaches Next's process too, and its exit calls stop again: closing twice threw
    // ("PGlite is closed") before the dev chains were closed.
    if (stopping) return;
    stopping = true;
    child.kill("SIGTERM");
    await functions
      .close()
      .catch((error: unknown) =>
        log(`Function workers did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`),
      );
    await chain.close();
    await revive?.close();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  child.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
