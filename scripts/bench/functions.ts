// npm run bench:functions — runs each part of the functions benchmark, in its own process:
//   functions-sandbox.ts  sandbox start p50 (≤ 30 ms) and trivial runs/s on one worker (≥ 100)
//   functions-workers.ts  two workers vs one on PostgreSQL (≥ 1.8×), then trigger → result in the
//                         consumer contract on the dev chain (≤ one block + 500 ms)
import { spawnSync } from "node:child_process";
import path from "node:path";

const PARTS = ["functions-sandbox.ts", "functions-workers.ts"];

let failed = false;
for (const part of PARTS) {
  const file = path.join(import.meta.dirname, part);
  const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", file], { stdio: "inherit" });
  if (run.status !== 0) failed = true;
  console.log();
}
process.exitCode = failed ? 1 : 0;
