// Compiles the Solidity test fixtures with the pinned @parity/resolc into bundles of the agreed
// format (brickyard-solidity-bundle/1), committed under tests/fixtures/solidity/, so tests never
// recompile (~14 s each here). Run again after editing a .sol fixture: npm run fixtures:revive
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { keccakAsHex } from "@polkadot/util-crypto";
import { compile, resolveInputs, version } from "@parity/resolc";
import { cryptoWaitReady } from "@polkadot/util-crypto";

const DIR = path.resolve(import.meta.dirname, "../tests/fixtures/solidity");
const FIXTURES = [{ file: "Vault.sol", name: "Vault", out: "vault.sol.json" }];
// The optimizer settings @parity/resolc's compile() uses; recorded so the input is exact.
const OPTIMIZER = { mode: "z", fallback_to_optimizing_for_size: true, enabled: true, runs: 200 };

await cryptoWaitReady();
for (const f of FIXTURES) {
  const started = Date.now();
  const sources = { [`contracts/${f.file}`]: { content: readFileSync(path.join(DIR, f.file), "utf8") } };
  const out = await compile(sources, { optimizer: OPTIMIZER });
  const errors = (out.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage).join("\n"));
  const contract = out.contracts[`contracts/${f.file}`][f.name];
  const code = `0x${contract.evm.bytecode.object.replace(/^0x/, "")}`;
  const bundle = {
    format: "brickyard-solidity-bundle/1",
    contract: { file: `contracts/${f.file}`, name: f.name },
    abi: contract.abi,
    code,
    codeHash: keccakAsHex(code, 256),
    compiler: { resolc: version(), solc: "0.8.30" },
    input: {
      language: "Solidity",
      sources: resolveInputs(sources),
      settings: { optimizer: OPTIMIZER, outputSelection: { "*": { "*": ["abi"] } } },
    },
  };
  writeFileSync(path.join(DIR, f.out), JSON.stringify(bundle, null, 2) + "\n");
  console.log(
    `${f.out}: ${(code.length - 2) / 2} bytes of PolkaVM code, ${bundle.codeHash} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}
