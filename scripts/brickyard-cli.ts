// npm run brickyard -- <command> — publishing from CI through the REST API (/api/v1).
//   publish bricks/<slug> [--report AUDIT.md] [--scope "…"] [--findings findings.json]
//     (a contract brick folder with brick.json, or a function brick folder with function-brick.json)
//   deprecate <slug>@<version> --reason "…"      yank <slug>@<version> --reason "…"
//   verify bricks/<slug>   (local, no server: a Solidity brick's sources compile to exactly its code)
// Every command takes --url (or BRICKYARD_URL, default http://localhost:3000) and --token (or
// BRICKYARD_TOKEN: a team API token of an auditor). `publish` runs the static checks of
// `npm run bricks:check` locally first, then sends the manifest (description inline), the bundle (a
// function brick's JavaScript source) and the audit report. The attestation is signed afterwards by the
// auditor's wallet in the web UI. The commands live in scripts/cli/brickyard-commands.ts.
import { CliError, runBrickyardCli } from "./cli/brickyard-commands";

runBrickyardCli(process.argv.slice(2), {
  fetch,
  log: (line) => console.log(line),
  env: process.env,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof CliError ? error.message : error);
    process.exit(1);
  },
);
