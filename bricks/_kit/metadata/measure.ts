// Measurement scenarios for `npm run bricks:measure`: a brick may ship bricks/<slug>/measure.ts
// (default export = defineMeasure({...})) saying how to deploy it and which typical calls to time.
// The script dry-runs each step on a fresh dev chain (gas required, storage deposit), sends the
// mutating ones so later steps see their effects, and writes a table into the brick's README.
import type { ApiPromise } from "@polkadot/api";
import type { KeyringPair } from "@polkadot/keyring/types";
import { deploy, query, send, type Gas } from "../tests/support/chain";

export type MeasureSigner = "alice" | "bob" | "charlie" | "dave";
export interface MeasureContext {
  /** SS58 addresses of the dev accounts. */
  alice: string;
  bob: string;
  charlie: string;
  dave: string;
  /** The address of the contract being measured. */
  self: string;
}
export interface MeasureCall {
  /** Row label, e.g. "transfer (new recipient)"; rows with equal labels are compared with the reference. */
  label: string;
  message: string;
  /** Who signs (default alice). */
  from?: MeasureSigner;
  args?: (ctx: MeasureContext) => unknown[];
  /** Send it as a transaction after the dry-run (default: when the message mutates). */
  send?: boolean;
}
export interface MeasureTarget {
  constructor: string;
  args: (ctx: Omit<MeasureContext, "self">) => unknown[];
  calls: MeasureCall[];
}
export interface MeasureScenario extends MeasureTarget {
  /** Another bundle measured in the same run for comparison (e.g. the equivalent ink! contract). */
  reference?: MeasureTarget & { name: string; bundlePath: string };
}
export function defineMeasure(s: MeasureScenario): MeasureScenario {
  return s;
}

export interface Measured {
  wasmBytes: number;
  deploy: Gas & { deposit: bigint };
  calls: (Gas & { label: string; deposit: bigint })[];
}

export async function measureTarget(
  api: ApiPromise,
  bundle: Record<string, unknown>,
  target: MeasureTarget,
  signers: Record<MeasureSigner, KeyringPair>,
): Promise<Measured> {
  const base = {
    alice: signers.alice.address,
    bob: signers.bob.address,
    charlie: signers.charlie.address,
    dave: signers.dave.address,
  };
  const wasm = (bundle.source as { wasm: string }).wasm;
  const d = await deploy(api, bundle, signers.alice, target.constructor, target.args(base));
  const ctx: MeasureContext = { ...base, self: d.address };
  const calls: Measured["calls"] = [];
  for (const c of target.calls) {
    const signer = signers[c.from ?? "alice"];
    const args = c.args?.(ctx) ?? [];
    const mutates = d.abi.findMessage(c.message).isMutating;
    const dry =
      (c.send ?? mutates)
        ? (await send(d.contract, signer, c.message, args)).dry
        : await query(d.contract, signer.address, c.message, args);
    if (dry.reverted) throw new Error(`measure: ${c.label} (${c.message}) reverted: ${JSON.stringify(dry.output)}`);
    calls.push({
      label: c.label,
      refTime: dry.gasRequired.refTime,
      proofSize: dry.gasRequired.proofSize,
      deposit: dry.storageDeposit,
    });
  }
  return { wasmBytes: (wasm.length - 2) / 2, deploy: { ...d.gasRequired, deposit: d.storageDeposit }, calls };
}

const n = (v: bigint | number) => v.toLocaleString("en-US");
const ratio = (a: bigint | number, b: bigint | number) =>
  Number(b) === 0 ? "–" : `${(Number(a) / Number(b)).toFixed(2)}×`;

export interface ChainInfo {
  runtime: string;
  decimals: number;
  symbol: string;
}
export function formatDeposit(v: bigint, info: ChainInfo): string {
  const scale = 10n ** BigInt(info.decimals);
  const whole = v / scale;
  const frac = (v % scale).toString().padStart(info.decimals, "0").replace(/0+$/, "");
  return `${n(whole)}${frac ? "." + frac : ""} ${info.symbol}`;
}

/** The Markdown table for a brick's README ("Measured on the dev chain"). */
export function renderTable(m: Measured, info: ChainInfo, ref?: { name: string; m: Measured }): string {
  const gas = (g: Gas) => `${n(g.refTime)} | ${n(g.proofSize)}`;
  const lines = [
    `Measured by \`npm run bricks:measure\` on a fresh local dev chain (${info.runtime}, pallet-contracts in chopsticks).`,
    "Gas is what a dry-run says the call needs (refTime in picoseconds of execution, proofSize in bytes);",
    "the storage deposit is locked while the data exists and returned when it is removed.",
    "",
    `Contract code: ${n(m.wasmBytes)} bytes of wasm.`,
    "",
    "| Action | refTime | proofSize | Storage deposit |",
    "| --- | ---: | ---: | ---: |",
    `| Deploy (upload code + create) | ${gas(m.deploy)} | ${formatDeposit(m.deploy.deposit, info)} |`,
    ...m.calls.map((c) => `| ${c.label} | ${gas(c)} | ${formatDeposit(c.deposit, info)} |`),
  ];
  if (ref) {
    lines.push(
      "",
      `Compared with ${ref.name} in the same run (this brick ÷ ${ref.name}):`,
      "",
      "| | This brick | " + ref.name + " | Ratio |",
      "| --- | ---: | ---: | ---: |",
    );
    lines.push(
      `| wasm size (bytes) | ${n(m.wasmBytes)} | ${n(ref.m.wasmBytes)} | ${ratio(m.wasmBytes, ref.m.wasmBytes)} |`,
    );
    lines.push(
      `| Deploy refTime | ${n(m.deploy.refTime)} | ${n(ref.m.deploy.refTime)} | ${ratio(m.deploy.refTime, ref.m.deploy.refTime)} |`,
    );
    lines.push(
      `| Deploy proofSize | ${n(m.deploy.proofSize)} | ${n(ref.m.deploy.proofSize)} | ${ratio(m.deploy.proofSize, ref.m.deploy.proofSize)} |`,
    );
    for (const c of m.calls) {
      const r = ref.m.calls.find((x) => x.label === c.label);
      if (!r) continue;
      lines.push(`| ${c.label} refTime | ${n(c.refTime)} | ${n(r.refTime)} | ${ratio(c.refTime, r.refTime)} |`);
      lines.push(
        `| ${c.label} proofSize | ${n(c.proofSize)} | ${n(r.proofSize)} | ${ratio(c.proofSize, r.proofSize)} |`,
      );
    }
  }
  return lines.join("\n");
}

export const MEASURE_START = "<!-- bricks-measure:start -->";
export const MEASURE_END = "<!-- bricks-measure:end -->";

/** Puts `table` between the markers (appending a section with them when missing). */
export function replaceMeasured(readme: string, table: string): string {
  const start = readme.indexOf(MEASURE_START);
  const end = readme.indexOf(MEASURE_END);
  const block = `${MEASURE_START}\n${table}\n${MEASURE_END}`;
  if (start >= 0 && end > start) return readme.slice(0, start) + block + readme.slice(end + MEASURE_END.length);
  return `${readme.trimEnd()}\n\n## Measured on the dev chain\n\n${block}\n`;
}
