// npm run bench:solidity: code size of the Solidity ERC-20 brick (OpenZeppelin, resolc PolkaVM)
// against the ink! v6 erc20 bundle in ../shared/contracts, both read in this run, as a ratio; plus
// every Solidity brick's size. Sizes only: deploy gas and deposits are in each brick's README.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { hexToBytes, type Hex } from "viem";
import { findSolidityDirs } from "@/lib/bricks/kinds/solidity/build-bundle";
import { parseSolidityBundle } from "@/lib/bricks/kinds/solidity/parse-bundle";

const ROOT = path.resolve(import.meta.dirname, "../..");
const INK_V6 = path.resolve(ROOT, "../shared/contracts/ink-v6-erc20.contract.json");
const kb = (n: number) => `${n.toLocaleString("en-US")} bytes (${(n / 1024).toFixed(1)} KiB)`;

const ink = JSON.parse(await readFile(INK_V6, "utf8")) as { source: { contract_binary: Hex; language?: string } };
const inkSize = hexToBytes(ink.source.contract_binary).length;
const rows: { name: string; size: number }[] = [];
for (const dir of await findSolidityDirs(path.join(ROOT, "bricks"))) {
  const manifest = await readFile(path.join(dir, "brick.json"), "utf8").then(
    (t) => JSON.parse(t) as { contract: string },
    () => undefined,
  );
  const file = path.join(dir, manifest?.contract ?? `dist/${path.basename(dir)}.sol.json`);
  const bundle = parseSolidityBundle(JSON.parse(await readFile(file, "utf8")));
  rows.push({ name: `${path.basename(dir)} (${bundle.contract.name})`, size: bundle.wasm.length });
}
const token = rows.find((r) => r.name.startsWith("oz-erc20-token"));
console.log("PolkaVM code size, Solidity (resolc 0.3.0) vs ink! v6");
for (const r of rows) console.log(`  ${r.name.padEnd(44)} ${kb(r.size)}`);
console.log(`  ${"ink! v6 erc20 (../shared/contracts)".padEnd(44)} ${kb(inkSize)}`);
if (token) {
  console.log(
    `Solidity ERC-20 (OZ: ERC20 + Capped + Burnable + Pausable + Ownable) / ink! v6 erc20 = ${(token.size / inkSize).toFixed(2)}×`,
  );
}
