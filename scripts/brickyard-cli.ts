// npm run brickyard -- <command> — publishing from CI through the REST API (/api/v1).
//   publish bricks/<slug> [--report AUDIT.md] [--scope "…"] [--findings findings.json]
//   deprecate <slug>@<version> --reason "…"      yank <slug>@<version> --reason "…"
//   verify bricks/<slug>   (local, no server: a Solidity brick's sources compile to exactly its code)
// Every command takes --url (or BRICKYARD_URL, default http://localhost:3000) and --token (or
// BRICKYARD_TOKEN: a team API token of an auditor). `publish` runs the static checks of
// `npm run bricks:check` locally first, then sends brick.json (description inline), the bundle and
// the audit report. The attestation is signed afterwards by the auditor's wallet in the web UI.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadBrick } from "@/lib/bricks/load-brick";
import { verifyBrick } from "./brickyard-verify";

const USAGE = `Usage:
  npm run brickyard -- publish bricks/<slug> --url http://localhost:3000 --token byd_… [--report AUDIT.md] [--scope "…"] [--findings findings.json]
  npm run brickyard -- deprecate <slug>@<version> --reason "…" --url … --token …
  npm run brickyard -- yank <slug>@<version> --reason "…" --url … --token …
  npm run brickyard -- verify bricks/<slug>`;

class CliError extends Error {}

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: "string" },
    token: { type: "string" },
    report: { type: "string" },
    scope: { type: "string" },
    findings: { type: "string" },
    reason: { type: "string" },
    help: { type: "boolean" },
  },
});

async function call(
  method: string,
  route: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const url = (opts.url ?? process.env.BRICKYARD_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const token = opts.token ?? process.env.BRICKYARD_TOKEN;
  if (!token)
    throw new CliError(
      "Give an API token: --token byd_… or BRICKYARD_TOKEN (create one on your team's API tokens page).",
    );
  let res: Response;
  try {
    res = await fetch(`${url}${route}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch (error) {
    throw new CliError(`Brickyard at ${url} cannot be reached (${(error as Error).message}). Check --url.`);
  }
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) {
    const err = (json.error ?? {}) as { message?: string; fields?: Record<string, string[]> };
    const lines = Object.entries(err.fields ?? {}).flatMap(([k, msgs]) =>
      msgs.filter((m) => m !== err.message).map((m) => `  ${k}  ${m}`),
    );
    throw new CliError([`✗ ${res.status}: ${err.message ?? res.statusText}`, ...lines].join("\n"));
  }
  return { status: res.status, json };
}

async function publish(dir: string | undefined) {
  if (!dir) throw new CliError(USAGE);
  const loaded = await loadBrick(dir);
  if (!loaded.ok) {
    const rel = (p: string) => path.relative(process.cwd(), p) || ".";
    throw new CliError(
      [
        "✗ The brick has problems (the same checks as npm run bricks:check):",
        ...loaded.problems.map((p) => `${rel(p.file)}  ${p.jsonPath}  ${p.message} — ${p.fix}`),
      ].join("\n"),
    );
  }
  const { manifest } = loaded.brick;
  const reportFile = opts.report ?? path.join(loaded.dir, "AUDIT.md");
  if (!existsSync(reportFile))
    throw new CliError(
      `No audit report: give --report <file.md> (or put AUDIT.md in ${path.relative(process.cwd(), loaded.dir)}).`,
    );
  const findings = opts.findings ? JSON.parse(readFileSync(opts.findings, "utf8")) : [];
  const body = {
    manifest,
    bundle: readFileSync(path.resolve(loaded.dir, manifest.contract), "utf8"),
    report: { markdown: readFileSync(reportFile, "utf8"), scope: opts.scope ?? "", findings },
  };
  const { status, json } = await call("POST", `/api/v1/bricks/${manifest.slug}/versions`, body);
  const base = (opts.url ?? process.env.BRICKYARD_URL ?? "http://localhost:3000").replace(/\/$/, "");
  if (status === 200)
    return console.log(
      `= ${manifest.slug}@${manifest.version} is already published with this code (${json.codeHash}); nothing changed.`,
    );
  console.log(
    `✓ Published ${manifest.slug}@${manifest.version} (code hash ${json.codeHash}, report hash ${json.reportHash}).`,
  );
  console.log(`  Sign the attestation with your wallet: ${base}${(json.urls as { sign: string }).sign}`);
}

async function setStatus(kind: "deprecate" | "yank", ref: string | undefined) {
  const m = /^([a-z0-9-]+)@(.+)$/.exec(ref ?? "");
  if (!m) throw new CliError(`Name the version as <slug>@<version>.\n${USAGE}`);
  if (!opts.reason) throw new CliError('Give a reason builders will read: --reason "…"');
  await call("POST", `/api/v1/bricks/${m[1]}/versions/${m[2]}/${kind}`, { reason: opts.reason });
  console.log(`✓ ${kind === "yank" ? "Yanked" : "Deprecated"} ${m[1]}@${m[2]}.`);
}

async function main() {
  const [command, target] = positionals;
  if (opts.help || !command) return console.log(USAGE);
  if (command === "publish") return publish(target);
  if (command === "deprecate" || command === "yank") return setStatus(command, target);
  if (command === "verify") {
    if (!target) throw new CliError(USAGE);
    const { ok, lines } = await verifyBrick(target);
    console.log(lines.join("\n"));
    if (!ok) process.exitCode = 1;
    return;
  }
  throw new CliError(`Unknown command "${command}".\n${USAGE}`);
}

main().catch((error) => {
  console.error(error instanceof CliError ? error.message : error);
  process.exit(1);
});
