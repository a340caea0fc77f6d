// npm run bricks:build [-- <folder>…]: builds every kit contract (bricks/<slug>/ and
// bricks/_examples/<name>/ with spec.ts + assembly/index.ts) into <folder>/dist/<slug>.contract.
// See bricks/_kit/README.md.
import path from "node:path";
import { buildContracts, findContractDirs } from "../bricks/_kit/metadata/build";

const started = Date.now();
const root = path.resolve(import.meta.dirname, "..", "bricks");
const only = process.argv.slice(2);
const dirs = only.length ? only.map((d) => path.resolve(d)) : await findContractDirs(root);
try {
  for (const r of await buildContracts(dirs)) {
    console.log(
      `✓ ${r.slug}: ${r.wasm.length.toLocaleString("en-US")} bytes of wasm → ${path.relative(process.cwd(), r.bundlePath)}`,
    );
  }
  console.log(`${dirs.length} contract(s) built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
