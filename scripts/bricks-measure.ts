// npm run bricks:measure [-- <folder>…]: builds the kit contracts, starts a fresh dev chain, and for
// every folder with a measure.ts deploys the contract and times its typical calls (dry-run gas and
// storage deposit); writes the table into the brick's README.md between the bricks-measure markers
// and prints it, with the comparison against the scenario's reference bundle (e.g. ink! erc20).
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { connectApi } from "@/lib/chain/connect";
import { getDevAccounts } from "@/lib/chain/dev-accounts";
import { startDevChain } from "@/lib/chain/dev-chain";
import { buildContracts, findContractDirs } from "../bricks/_kit/metadata/build";
import {
  measureTarget,
  renderTable,
  replaceMeasured,
  type ChainInfo,
  type MeasureScenario,
} from "../bricks/_kit/metadata/measure";
import { readBundle } from "../bricks/_kit/tests/support/chain";

async function main() {
  const root = path.resolve(import.meta.dirname, "..", "bricks");
  const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const dirs = only.length ? only.map((d) => path.resolve(d)) : await findContractDirs(root);
  const built = await buildContracts(dirs);

  const chain = await startDevChain({ port: 0, log: (l) => console.log(l) });
  const api = await connectApi(chain.wsUrl, { timeoutMs: 30_000 });
  try {
    const { alice, bob, charlie, dave } = await getDevAccounts();
    const signers = { alice, bob, charlie, dave };
    const version = api.runtimeVersion;
    const info: ChainInfo = {
      runtime: `${version.specName.toString()} runtime v${version.specVersion.toNumber()}`,
      decimals: api.registry.chainDecimals[0] ?? 12,
      symbol: api.registry.chainTokens[0] ?? "UNIT",
    };
    for (const b of built) {
      const scenarioFile = path.join(b.dir, "measure.ts");
      const mod = await import(pathToFileURL(scenarioFile).href).catch(() => null);
      if (!mod?.default) {
        console.log(
          `\n${b.slug}: ${b.wasm.length.toLocaleString("en-US")} bytes of wasm (no measure.ts: nothing deployed)`,
        );
        continue;
      }
      const scenario = mod.default as MeasureScenario;
      console.log(`\n${b.slug}: measuring …`);
      const m = await measureTarget(api, b.bundle, scenario, signers);
      const ref = scenario.reference
        ? {
            name: scenario.reference.name,
            m: await measureTarget(api, readBundle(scenario.reference.bundlePath), scenario.reference, signers),
          }
        : undefined;
      const table = renderTable(m, info, ref);
      console.log(table);
      if (ref) {
        const transfer = (x: typeof m) => x.calls.find((c) => c.label.startsWith("transfer"));
        const [t, rt] = [transfer(m), transfer(ref.m)];
        console.log(
          `\nGoals: wasm ≤ 0.3× ${ref.name}: ${(m.wasmBytes / ref.m.wasmBytes).toFixed(2)}× ${m.wasmBytes <= 0.3 * ref.m.wasmBytes ? "✓" : "✗"}` +
            (t && rt
              ? `; transfer gas not above ${ref.name}: refTime ${t.refTime <= rt.refTime ? "✓" : "✗"}, proofSize ${t.proofSize <= rt.proofSize ? "✓" : "✗"}`
              : ""),
        );
      }
      const readmePath = path.join(b.dir, "README.md");
      const readme = await readFile(readmePath, "utf8").catch(() => null);
      if (readme !== null) {
        // Formatted like `npm run format` would, so the two never fight over the table.
        const prettier = await import("prettier");
        const options = { ...(await prettier.resolveConfig(readmePath)), filepath: readmePath };
        await writeFile(readmePath, await prettier.format(replaceMeasured(readme, table), options));
        console.log(`(written to ${path.relative(process.cwd(), readmePath)})`);
      }
    }
  } finally {
    await api.disconnect();
    await chain.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
