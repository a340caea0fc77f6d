// Measurement scenarios for `npm run bricks:measure`: a brick may ship bricks/<slug>/measure.ts
// (default export = defineMeasure({...})) saying how to deploy it and which typical calls to time.
// The script dry-runs each step on a fresh dev chain (gas required, storage deposit), sends the
// mutating ones so later steps see their effects, and writes a table into the brick's README.
//
// Beyond plain calls a scenario can attach native tokens (`value` on the deploy and on a call),
// deploy helper contracts first (`setup`, e.g. the example consumer a brick links to; later calls
// may target them with `on`), prepare a call without measuring the preparation (`before`: send
// other messages, build a block so time passes, redeploy a fresh instance), measure a call that is
// expected to fail (`expect: "revert"`) and leave a row out with a reason (`skip`).
import type { ApiPromise } from "@polkadot/api";
import type { KeyringPair } from "@polkadot/keyring/types";
import { sendAndWait } from "@/tests/support/chain";
import { deploy, query, readBundle, send, type Deployed, type Gas } from "../tests/support/chain";

export type MeasureSigner = "alice" | "bob" | "charlie" | "dave";
export interface MeasureContext {
  /** SS58 addresses of the dev accounts. */
  alice: string;
  bob: string;
  charlie: string;
  dave: string;
  /** The address of the contract being measured (the latest instance after `redeploy`). */
  self: string;
  /** Addresses of the helper contracts deployed in `setup` (by name), and values `setup` returned. */
  [name: string]: unknown;
}
/** Unmeasured steps for `setup` and a call's `before`; failures (reverts included) throw. */
export interface MeasureHelpers {
  api: ApiPromise;
  signers: Record<MeasureSigner, KeyringPair>;
  /** The same context the `args` functions get (`self` is undefined in `setup`). */
  ctx: MeasureContext;
  /** Deploys a helper contract (a `.contract` file path or a parsed bundle); its address becomes `ctx[name]`. */
  deploy(
    name: string,
    bundle: string | Record<string, unknown>,
    constructor: string,
    args?: unknown[],
    opts?: { from?: MeasureSigner; value?: bigint },
  ): Promise<Deployed>;
  /** Sends `message` to the measured contract, or with `on` to a helper deployed by `deploy`. */
  send(
    message: string,
    args?: unknown[],
    opts?: { on?: string; from?: MeasureSigner; value?: bigint },
  ): Promise<Awaited<ReturnType<typeof send>>>;
  /**
   * Deploys a fresh instance of the measured contract (the scenario's constructor; its args and
   * value unless given) and measures the following calls on it. Only after the measured deploy.
   */
  redeploy(opts?: { args?: unknown[]; value?: bigint; from?: MeasureSigner }): Promise<Deployed>;
  /** The head block's timestamp in ms: what a dry-run's `now()` sees. */
  now(): Promise<bigint>;
  /** Builds one block (a remark by alice), which moves the chain's clock on by one slot; returns the new head's timestamp. */
  nextBlock(): Promise<bigint>;
}
export interface MeasureCall {
  /** Row label, e.g. "transfer (new recipient)"; rows with equal labels are compared with the reference. */
  label: string;
  message: string;
  /** Who signs (default alice). */
  from?: MeasureSigner;
  args?: (ctx: MeasureContext) => unknown[];
  /** Native tokens attached to the call (payable messages only: others trap). */
  value?: bigint;
  /** Call a helper contract deployed in `setup` (its name) instead of the measured one, e.g. the consumer whose check calls this brick. */
  on?: string;
  /** Send it as a transaction after the dry-run (default: when the message mutates). */
  send?: boolean;
  /** Unmeasured preparation right before this call (e.g. fund, build a block, redeploy). */
  before?: (h: MeasureHelpers) => Promise<void>;
  /**
   * "revert": the call is expected to fail (an `Err` reply with the revert flag). It is only
   * dry-run (never sent) and its row shows what the dry-run needed; measuring fails if it succeeds.
   * Without it, a reverting call stops the measurement with its decoded output.
   */
  expect?: "revert";
  /** Leave this row out of the table, with the reason (listed under the table). */
  skip?: string;
}
export interface MeasureTarget {
  constructor: string;
  args: (ctx: MeasureContext) => unknown[];
  /** Native tokens sent with the deploy (payable constructors only). */
  value?: bigint;
  /**
   * Unmeasured steps before the measured deploy, typically deploying the contract this brick links
   * to (`h.deploy("consumer", path, "new")` → `ctx.consumer` in `args`). Returned values are added
   * to the context too. Steps that need the measured contract's address (e.g. the consumer's
   * `set_feed(self)`) go into the first call's `before`, or are measured as a row with `on`.
   */
  setup?: (h: MeasureHelpers) => Promise<Record<string, unknown> | void>;
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
  /** Rows left out (`skip`), with the reason. */
  skipped: { label: string; reason: string }[];
}

export async function measureTarget(
  api: ApiPromise,
  bundle: Record<string, unknown>,
  target: MeasureTarget,
  signers: Record<MeasureSigner, KeyringPair>,
): Promise<Measured> {
  const ctx: MeasureContext = {
    alice: signers.alice.address,
    bob: signers.bob.address,
    charlie: signers.charlie.address,
    dave: signers.dave.address,
    self: undefined as unknown as string, // set by the deploy below
  };
  const helpers: Record<string, Deployed> = {};
  let current: Deployed | undefined;
  const contractOf = (on: string | undefined, what: string) => {
    const c = on === undefined ? current : helpers[on];
    if (!c)
      throw new Error(
        on === undefined
          ? `measure: ${what} before the measured contract is deployed`
          : `measure: ${what}: no helper contract named "${on}" (deploy it in setup)`,
      );
    return c;
  };
  const headTime = async () => ((await api.query.timestamp.now()) as unknown as { toBigInt(): bigint }).toBigInt();
  const h: MeasureHelpers = {
    api,
    signers,
    ctx,
    async deploy(name, b, constructor, args = [], opts = {}) {
      if (name in ctx) throw new Error(`measure: setup deploy "${name}" would replace ctx.${name}`);
      const d = await deploy(
        api,
        typeof b === "string" ? readBundle(b) : b,
        signers[opts.from ?? "alice"],
        constructor,
        args,
        {
          value: opts.value,
        },
      );
      helpers[name] = d;
      ctx[name] = d.address;
      return d;
    },
    async send(message, args = [], opts = {}) {
      const c = contractOf(opts.on, `send ${message}`);
      return send(c.contract, signers[opts.from ?? "alice"], message, args, { value: opts.value });
    },
    async redeploy(opts = {}) {
      contractOf(undefined, "redeploy");
      current = await deploy(
        api,
        bundle,
        signers[opts.from ?? "alice"],
        target.constructor,
        opts.args ?? target.args(ctx),
        { value: opts.value ?? target.value },
      );
      ctx.self = current.address;
      return current;
    },
    now: headTime,
    async nextBlock() {
      const { error } = await sendAndWait(api.tx.system.remark("0x"), signers.alice);
      if (error) throw new Error(`measure: nextBlock: ${error}`);
      return headTime();
    },
  };

  const extra = await target.setup?.(h);
  if (extra)
    for (const [k, v] of Object.entries(extra)) {
      if (k in ctx) throw new Error(`measure: setup's result "${k}" would replace ctx.${k}`);
      ctx[k] = v;
    }
  const wasm = (bundle.source as { wasm: string }).wasm;
  const d = await deploy(api, bundle, signers.alice, target.constructor, target.args(ctx), { value: target.value });
  current = d;
  ctx.self = d.address;

  const calls: Measured["calls"] = [];
  const skipped: Measured["skipped"] = [];
  for (const c of target.calls) {
    if (c.skip !== undefined) {
      skipped.push({ label: c.label, reason: c.skip });
      continue;
    }
    await c.before?.(h);
    const on = contractOf(c.on, c.label);
    const signer = signers[c.from ?? "alice"];
    const args = c.args?.(ctx) ?? [];
    const opts = { value: c.value };
    const mutates = on.abi.findMessage(c.message).isMutating;
    // Dry-run first, so a call that reverts is reported with its decoded reply (not a bare
    // ContractReverted from the transaction) and an expected failure is never sent.
    let dry = await query(on.contract, signer.address, c.message, args, opts);
    const what = `measure: ${c.label} (${c.message})`;
    if (c.expect === "revert" && !dry.reverted)
      throw new Error(`${what} was expected to revert but succeeded: ${JSON.stringify(dry.output)}`);
    if (c.expect !== "revert" && dry.reverted)
      throw new Error(
        `${what} reverted: ${JSON.stringify(dry.output)} (mark it expect: "revert" to measure a failing call)`,
      );
    if (c.expect !== "revert" && (c.send ?? mutates))
      dry = (await send(on.contract, signer, c.message, args, opts)).dry;
    calls.push({
      label: c.label,
      refTime: dry.gasRequired.refTime,
      proofSize: dry.gasRequired.proofSize,
      deposit: dry.storageDeposit,
    });
  }
  return {
    wasmBytes: (wasm.length - 2) / 2,
    deploy: { ...d.gasRequired, deposit: d.storageDeposit },
    calls,
    skipped,
  };
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
  if (m.skipped.length) lines.push("", "Not measured:", "", ...m.skipped.map((x) => `- ${x.label}: ${x.reason}`));
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
