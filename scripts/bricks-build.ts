// npm run bricks:build [-- <folder>…]: builds every kit contract (bricks/<slug>/ and
// bricks/_examples/<name>/ with spec.ts + assembly/index.ts) into <folder>/dist/<slug>.contract,
// and every Solidity brick (a contracts/ folder of .sol files) into its .sol.json bundle with the
// pinned resolc. See bricks/_kit/README.md and lib/bricks/FORMAT.md.
import path from "node:path";
import { buildContracts, findContractDirs } from "../bricks/_kit/metadata/build";
import { buildSolidityBundle, findSolidityDirs } from "../lib/bricks/kinds/solidity/build-bundle";

const started = Date.now();
const root = path.resolve(import.meta.dirname, "..", "bricks");
const only = process.argv.slice(2).map((d) => path.resolve(d));
const kitDirs = await findContractDirs(root);
const solDirs = await findSolidityDirs(root);
const pick = (dirs: string[]) => (only.length ? dirs.filter((d) => only.includes(d)) : dirs);
try {
  for (const r of await buildContracts(pick(kitDirs))) {
    console.log(
      `✓ ${r.slug}: ${r.wasm.length.toLocaleString("en-US")} bytes of wasm → ${path.relative(process.cwd(), r.bundlePath)}`,
    );
  }
  for (const dir of pick(solDirs)) {
    const t = Date.now();
    const r = await buildSolidityBundle(dir);
    console.log(
      `✓ ${path.basename(dir)}: ${r.codeSize.toLocaleString("en-US")} bytes of PolkaVM code (resolc ${r.bundle.compiler.resolc}, ` +
        `${((Date.now() - t) / 1000).toFixed(1)} s) → ${path.relative(process.cwd(), r.bundlePath)}`,
    );
  }
  const count = pick(kitDirs).length + pick(solDirs).length;
  console.log(`${count} contract(s) built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
