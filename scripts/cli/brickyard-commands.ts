// The commands of `npm run brickyard` (scripts/brickyard-cli.ts), with their I/O handed in — fetch,
// output, environment, working directory — so the integration tests run them against the real route
// handlers. Publishing goes through the REST API (/api/v1) only: the same path as every other client.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { verifyBrick } from "../brickyard-verify";
import { readBrickFolder } from "./read-brick-folder";

export const USAGE = `Usage:
  npm run brickyard -- publish bricks/<slug> --url http://localhost:3000 --token byd_… [--report AUDIT.md] [--scope "…"] [--findings findings.json]
      (a contract brick folder with brick.json, or a function brick folder with function-brick.json)
  npm run brickyard -- deprecate <slug>@<version> --reason "…" --url … --token …
  npm run brickyard -- yank <slug>@<version> --reason "…" --url … --token …
  npm run brickyard -- verify bricks/<slug>`;

/** A failure meant for the person at the terminal: printed as is, exit code 1. */
export class CliError extends Error {}

export type CliIo = {
  fetch: typeof fetch;
  log: (line: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
};

export async function runBrickyardCli(argv: string[], io: CliIo): Promise<number> {
  const { values: opts, positionals } = parseArgs({
    args: argv,
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
  const base = (opts.url ?? io.env.BRICKYARD_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const rel = (p: string) => path.relative(io.cwd, p) || ".";

  async function call(method: string, route: string, body: unknown) {
    const token = opts.token ?? io.env.BRICKYARD_TOKEN;
    if (!token)
      throw new CliError(
        "Give an API token: --token byd_… or BRICKYARD_TOKEN (create one on your team's API tokens page).",
      );
    let res: Response;
    try {
      res = await io.fetch(`${base}${route}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    } catch (error) {
      throw new CliError(`Brickyard at ${base} cannot be reached (${(error as Error).message}). Check --url.`);
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
    const folder = await readBrickFolder(path.resolve(io.cwd, dir));
    if (!folder.ok)
      throw new CliError(
        [
          "✗ The brick has problems (the same checks as npm run bricks:check):",
          ...folder.problems.map((p) => `${rel(p.file)}  ${p.jsonPath}  ${p.message} — ${p.fix}`),
        ].join("\n"),
      );
    const { manifest } = folder;
    const reportFile = opts.report ? path.resolve(io.cwd, opts.report) : path.join(folder.dir, "AUDIT.md");
    if (!existsSync(reportFile))
      throw new CliError(`No audit report: give --report <file.md> (or put AUDIT.md in ${rel(folder.dir)}).`);
    const findings = opts.findings ? JSON.parse(readFileSync(path.resolve(io.cwd, opts.findings), "utf8")) : [];
    const body = {
      manifest,
      bundle: folder.bundle,
      report: { markdown: readFileSync(reportFile, "utf8"), scope: opts.scope ?? "", findings },
    };
    const ref = `${manifest.slug}@${manifest.version}`;
    const { status, json } = await call("POST", `/api/v1/bricks/${manifest.slug}/versions`, body);
    if (status === 200)
      return io.log(`= ${ref} is already published with this code (${json.codeHash}); nothing changed.`);
    const what = folder.kind === "function" ? "function brick " : "";
    io.log(`✓ Published ${what}${ref} (code hash ${json.codeHash}, report hash ${json.reportHash}).`);
    io.log(`  Sign the attestation with your wallet: ${base}${(json.urls as { sign: string }).sign}`);
  }

  async function setStatus(kind: "deprecate" | "yank", ref: string | undefined) {
    const m = /^([a-z0-9-]+)@(.+)$/.exec(ref ?? "");
    if (!m) throw new CliError(`Name the version as <slug>@<version>.\n${USAGE}`);
    if (!opts.reason) throw new CliError('Give a reason builders will read: --reason "…"');
    await call("POST", `/api/v1/bricks/${m[1]}/versions/${m[2]}/${kind}`, { reason: opts.reason });
    io.log(`✓ ${kind === "yank" ? "Yanked" : "Deprecated"} ${m[1]}@${m[2]}.`);
  }

  const [command, target] = positionals;
  if (opts.help || !command) {
    io.log(USAGE);
    return 0;
  }
  if (command === "publish") await publish(target);
  else if (command === "deprecate" || command === "yank") await setStatus(command, target);
  else if (command === "verify") {
    if (!target) throw new CliError(USAGE);
    const { ok, lines } = await verifyBrick(path.resolve(io.cwd, target));
    io.log(lines.join("\n"));
    return ok ? 0 : 1;
  } else throw new CliError(`Unknown command "${command}".\n${USAGE}`);
  return 0;
}
