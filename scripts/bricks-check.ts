// npm run bricks:check [dir…] — checks every brick in BRICKS_DIR (default ./bricks; several folders
// separated by the path delimiter) or in the folders given, without a database or a chain. Prints
// one line per good brick and one per problem; exits 1 when there is any problem, for CI.
import path from "node:path";
import { env } from "@/lib/env";
import { loadBricksDir } from "@/lib/bricks/load-brick";
import { loadFunctionBricksDir } from "@/lib/bricks/kinds/function/load-function-bricks";

async function main() {
  const args = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const dirs = args.length ? args : env().BRICKS_DIR.split(path.delimiter).filter(Boolean);
  const rel = (p: string) => path.relative(process.cwd(), p) || ".";

  let bricks = 0;
  let failed = 0;
  for (const dir of dirs) {
    for (const result of await loadBricksDir(dir)) {
      bricks++;
      if (result.ok) {
        const { manifest, bundle } = result.brick;
        console.log(`✓ ${manifest.slug}@${manifest.version} (code hash ${bundle.codeHash})`);
        continue;
      }
      failed++;
      for (const p of result.problems) console.log(`${rel(p.file)}  ${p.jsonPath}  ${p.message} — ${p.fix}`);
    }
    // Function bricks (function-brick.json), checked against the contract bricks they feed.
    for (const result of await loadFunctionBricksDir(dir)) {
      bricks++;
      if (result.ok) {
        const { manifest } = result.brick;
        console.log(`✓ ${manifest.slug}@${manifest.version} (function, code hash ${manifest.codeHash})`);
        continue;
      }
      failed++;
      for (const p of result.problems) console.log(`${rel(p.file)}  ${p.jsonPath}  ${p.message} — ${p.fix}`);
    }
  }
  if (bricks === 0) {
    console.log(
      `No bricks yet in ${dirs.map(rel).join(", ")} (a brick is a folder with a brick.json; folders starting with "_" are skipped).`,
    );
    return 0;
  }
  console.log(
    failed
      ? `\n${failed} of ${bricks} brick${bricks === 1 ? "" : "s"} need changes.`
      : `\nAll ${bricks} brick${bricks === 1 ? "" : "s"} passed.`,
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
