// npm run fn -- <command> — run an off-chain function locally, in the same sandbox the workers use.
//   run <folder> [--input '{…}'] [--state '{…}'] [--secret NAME=VALUE …] [--allow-http]
//       [--allow-private-addresses] [--save run.json] [--json]
//   verify <run.json> --function <folder> [--key 0x…]
// `run` prints the logs, web requests, output, duration and the signed receipt (signed with this
// machine's worker key, see lib/functions/RECEIPTS.md). `--save` keeps the receipt with the recorded
// bodies, input and state; `verify` checks that file's signature and re-runs it offline.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import {
  buildReceipt,
  loadWorkerKey,
  replayRun,
  signReceipt,
  verifyReceipt,
  ZSignedReceipt,
  type TSignedReceipt,
} from "@/lib/functions/receipts";
import { closeSandboxPool, formatBytes, runFunction, type TRunResult } from "@/lib/functions/sandbox";
import { FunctionFolderError, loadFunctionFolder } from "@/lib/functions/sandbox/function-folder";

const USAGE = `Usage:
  npm run fn -- run <folder> [--input '{"decimals":6}'] [--state '{…}'] [--secret NAME=VALUE …]
                 [--allow-http] [--allow-private-addresses] [--save run.json] [--json]
  npm run fn -- verify <run.json> --function <folder> [--key 0x…]
A function folder holds function.js (exporting run) and optionally function.json ({ "hosts": […], "limits": {…} }).`;

class CliError extends Error {}

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    input: { type: "string" },
    state: { type: "string" },
    secret: { type: "string", multiple: true },
    "allow-http": { type: "boolean" },
    "allow-private-addresses": { type: "boolean" },
    save: { type: "string" },
    json: { type: "boolean" },
    function: { type: "string" },
    key: { type: "string", multiple: true },
    help: { type: "boolean" },
  },
});

const ZSavedRun = z.object({
  signed: ZSignedReceipt,
  bodies: z.array(z.object({ bodyHash: z.string(), body: z.string() })),
  input: z.unknown(),
  state: z.unknown(),
});

function parseJsonFlag(name: string, raw: string | undefined): unknown {
  if (raw === undefined) return null;
  try {
    return JSON.parse(raw);
  } catch {
    throw new CliError(`--${name} must be JSON, for example --${name} '{"decimals":6}'`);
  }
}

function parseSecrets(pairs: string[] = []): Record<string, string> {
  const secrets: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at < 1) throw new CliError(`--secret takes NAME=VALUE (got "${pair.slice(0, 20)}…")`);
    secrets[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return secrets;
}

function printRun(dir: string, result: TRunResult, signed: TSignedReceipt): void {
  const out = (line = "") => console.log(line);
  out(`Function  ${dir}  (code ${signed.receipt.code.hash.slice(0, 18)}…)`);
  out("\nLogs");
  for (const line of result.logs) out(`  ${line}`);
  if (result.logs.length === 0) out("  (none)");
  out("\nWeb requests");
  for (const h of result.http) {
    const what = h.error ? `failed: ${h.error}` : `${h.status}  ${formatBytes(h.bytes)}`;
    out(`  ${h.method} ${h.url}  ${what}  ${h.ms.toFixed(1)} ms`);
    for (const hop of h.redirects ?? []) out(`    → redirected to ${hop}`);
  }
  if (result.http.length === 0) out("  (none)");
  if (result.ok) {
    out("\nOutput");
    out(indent(JSON.stringify(result.output, null, 2)));
    out("\nState");
    out(indent(JSON.stringify(result.state, null, 2)));
  } else {
    out(`\n✗ The run failed: ${result.error?.message}`);
  }
  const start = result.timings ? ` (sandbox start ${result.timings.startMs.toFixed(1)} ms)` : "";
  out(`\nDuration  ${result.durationMs.toFixed(1)} ms${start}`);
  out(`\nReceipt (signed by worker ${signed.signer.address})`);
  out(indent(JSON.stringify(signed, null, 2)));
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");

async function runCommand(dir: string | undefined): Promise<number> {
  if (!dir) throw new CliError(USAGE);
  const fn = loadFunctionFolder(path.resolve(dir));
  const input = parseJsonFlag("input", opts.input);
  const state = parseJsonFlag("state", opts.state);
  const secrets = parseSecrets(opts.secret);
  if (opts["allow-private-addresses"]) {
    console.error("! --allow-private-addresses: loopback and private addresses are reachable (local testing only)");
    process.env.FUNCTIONS_TEST_ALLOW_PRIVATE = "1";
  }
  const startedAt = new Date();
  const result = await runFunction({
    source: fn.source,
    handler: "run",
    input,
    secrets,
    state,
    limits: fn.limits,
    allowedHosts: fn.hosts,
    allowHttp: opts["allow-http"] === true,
    allowPrivateAddresses: opts["allow-private-addresses"] === true,
  });
  const signed = signReceipt(
    buildReceipt({ source: fn.source, handler: "run", input, state, secrets, result, startedAt }),
    await loadWorkerKey(),
  );
  if (opts.save) {
    fs.writeFileSync(opts.save, `${JSON.stringify({ signed, bodies: result.bodies, input, state }, null, 2)}\n`);
  }
  if (opts.json) console.log(JSON.stringify({ result: { ...result, bodies: undefined }, receipt: signed }, null, 2));
  else printRun(dir, result, signed);
  return result.ok ? 0 : 1;
}

async function verifyCommand(file: string | undefined): Promise<number> {
  if (!file || !opts.function) throw new CliError(USAGE);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new CliError(`${file} cannot be read as JSON: ${(error as Error).message}`);
  }
  const saved = ZSavedRun.safeParse(raw);
  if (!saved.success) throw new CliError(`${file} is not a saved run (made by "npm run fn -- run … --save ${file}")`);
  const fn = loadFunctionFolder(path.resolve(opts.function));
  const trustedKeys = [...(opts.key ?? []), (await loadWorkerKey()).publicKey];
  const signature = await verifyReceipt(saved.data.signed, { trustedKeys });
  console.log(signature.valid ? "✓ Signature: valid (a published worker key)" : `✗ Signature: ${signature.reason}`);
  const replay = await replayRun(saved.data.signed as TSignedReceipt, fn.source, saved.data.bodies, saved.data);
  if (replay.reproduced)
    console.log("✓ Replay: the same code, recorded responses, clock and seed reproduce the output");
  else for (const problem of replay.problems) console.log(`✗ Replay: ${problem}`);
  return signature.valid && replay.reproduced ? 0 : 1;
}

async function main(): Promise<number> {
  const [command, target] = positionals;
  if (opts.help || !command) {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  if (command === "run") return runCommand(target);
  if (command === "verify") return verifyCommand(target);
  throw new CliError(`Unknown command "${command}".\n${USAGE}`);
}

main()
  .then((code) => {
    closeSandboxPool();
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    closeSandboxPool();
    if (error instanceof CliError || error instanceof FunctionFolderError) console.error(error.message);
    else console.error(error);
    process.exitCode = 1;
  });
