// Contract helpers for brick chain tests (bricks/<slug>/tests/*.test.ts) and bricks:measure: deploy
// a bundle, send messages and run queries through @polkadot/api-contract with gas limits and storage
// deposit limits taken from a dry-run, as the app does. Connection, signing and waiting come from the
// shared integration helpers (tests/support/chain.ts: getTestApi, sendAndWait, getDevAccounts).
import { readFileSync } from "node:fs";
import type { ApiPromise } from "@polkadot/api";
import { Abi, CodePromise, ContractPromise } from "@polkadot/api-contract";
import type { SubmittableExtrinsic } from "@polkadot/api/types";
import type { KeyringPair } from "@polkadot/keyring/types";
import type { ContractExecResult, ContractInstantiateResult, EventRecord, WeightV2 } from "@polkadot/types/interfaces";
import { u8aToHex } from "@polkadot/util";
import { describeDispatchError, sendAndWait } from "@/tests/support/chain";

export function readBundle(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** A generous limit for dry-runs only; real transactions use what the dry-run needed. */
export function dryRunLimit(api: ApiPromise): WeightV2 {
  return api.registry.createType("WeightV2", { refTime: 500_000_000_000n, proofSize: 5_000_000n });
}

/** How toPrimitive() shows an integer: a number when it is exact, else a decimal string. */
export const prim = (v: bigint): number | string => (v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString());

export interface Gas {
  refTime: bigint;
  proofSize: bigint;
}
const gasOf = (w: WeightV2): Gas => ({ refTime: w.refTime.toBigInt(), proofSize: w.proofSize.toBigInt() });
/** Return flags of a dry-run: the runtime's metadata types them as `{ bits: u32 }`. */
function flagsOf(flags: unknown): number {
  const f = flags as { bits?: { toNumber(): number }; isRevert?: boolean };
  return f.bits ? f.bits.toNumber() : f.isRevert ? 1 : 0;
}

export interface Submitted {
  /**
   * Events of the called (or created) contract, decoded with its ABI. Events that other contracts
   * emitted during the call (e.g. a callee's) are left out here; they are in `records`.
   */
  events: { name: string; args: Record<string, unknown> }[];
  records: EventRecord[];
}

/**
 * Signs, waits until in block, throws "contracts.ContractReverted"-style errors, and decodes the
 * events that `address` emitted (contracts.ContractEmitted whose `contract` is `address`) with `abi`:
 * a contract it calls may emit too, in its own ABI.
 */
async function submit(
  api: ApiPromise,
  tx: SubmittableExtrinsic<"promise">,
  signer: KeyringPair,
  abi: Abi,
  address: string,
) {
  const { events: records, error } = await sendAndWait(tx, signer);
  if (error) throw new Error(error);
  const events = records
    .filter(({ event }) => api.events.contracts.ContractEmitted.is(event) && event.data[0].toString() === address)
    .map((record) => {
      const decoded = abi.decodeEvent(record);
      const args: Record<string, unknown> = {};
      decoded.event.args.forEach((a, i) => (args[a.name] = decoded.args[i].toPrimitive()));
      return { name: decoded.event.identifier.split("::").pop()!, args };
    });
  return { events, records };
}

export interface Deployed extends Submitted {
  bundle: Record<string, unknown>;
  contract: ContractPromise;
  address: string;
  abi: Abi;
  gasRequired: Gas;
  storageDeposit: bigint;
}

/** Dry-runs the constructor, then instantiates (with code upload) using the dry-run's gas and deposit. */
export async function deploy(
  api: ApiPromise,
  bundle: Record<string, unknown>,
  signer: KeyringPair,
  constructor: string,
  args: unknown[],
  opts: { value?: bigint } = {},
): Promise<Deployed> {
  const abi = new Abi(bundle, api.registry.getChainProperties());
  const wasm = (bundle.source as { wasm: string }).wasm;
  const data = abi.findConstructor(constructor).toU8a(args);
  const salt = u8aToHex(crypto.getRandomValues(new Uint8Array(16)));
  const dry = (await api.call.contractsApi.instantiate(
    signer.address,
    opts.value ?? 0,
    dryRunLimit(api),
    null,
    { Upload: wasm },
    data,
    salt,
  )) as ContractInstantiateResult;
  if (dry.result.isErr)
    throw new Error(`deploy dry-run failed: ${describeDispatchError(api.registry, dry.result.asErr)}`);
  const ok = dry.result.asOk;
  if (flagsOf(ok.result.flags) & 1) throw new Error(`constructor reverted: ${ok.result.data.toHex()}`);
  const deposit = dry.storageDeposit.isCharge ? dry.storageDeposit.asCharge.toBigInt() : 0n;
  const code = new CodePromise(api, abi, wasm);
  const tx = code.tx[constructor](
    { gasLimit: dry.gasRequired, storageDepositLimit: deposit, salt, value: opts.value ?? 0 },
    ...args,
  );
  // The address is fixed by the deployer, code, input and salt, so the dry-run's is the one created.
  const address = ok.accountId.toString();
  const sent = await submit(api, tx, signer, abi, address);
  const created = sent.records.some(
    ({ event }) => api.events.contracts.Instantiated.is(event) && event.data[1].toString() === address,
  );
  if (!created) throw new Error(`deploy: no contracts.Instantiated event for ${address}`);
  return {
    ...sent,
    bundle,
    abi,
    address,
    contract: new ContractPromise(api, abi, address),
    gasRequired: gasOf(dry.gasRequired),
    storageDeposit: deposit,
  };
}

export interface QueryResult {
  /** The decoded MessageResult (toPrimitive: numbers above 2^53 as decimal strings), e.g. { ok: 5 } or { ok: { err: "NotOwner" } }. */
  output: unknown;
  reverted: boolean;
  gasRequired: Gas;
  storageDeposit: bigint;
}

/** Dry-runs a message as `caller`. */
export async function query(
  contract: ContractPromise,
  caller: string,
  message: string,
  args: unknown[] = [],
  opts: { value?: bigint } = {},
): Promise<QueryResult> {
  const api = contract.api as ApiPromise;
  const m = contract.abi.findMessage(message);
  const r = await contract.query[m.method](
    caller,
    { gasLimit: dryRunLimit(api), storageDepositLimit: null, value: opts.value ?? 0 },
    ...args,
  );
  if (r.result.isErr)
    throw new Error(`${message} dry-run failed: ${describeDispatchError(api.registry, r.result.asErr)}`);
  return {
    output: r.output?.toPrimitive(),
    reverted: (flagsOf(r.result.asOk.flags) & 1) === 1,
    gasRequired: gasOf(r.gasRequired),
    storageDeposit: r.storageDeposit.isCharge ? r.storageDeposit.asCharge.toBigInt() : 0n,
  };
}

/** Sends a message as a transaction with the dry-run's gas; returns the dry-run and the block's contract events. */
export async function send(
  contract: ContractPromise,
  signer: KeyringPair,
  message: string,
  args: unknown[] = [],
  opts: { value?: bigint } = {},
) {
  const api = contract.api as ApiPromise;
  const dry = await query(contract, signer.address, message, args, opts);
  const m = contract.abi.findMessage(message);
  const gasLimit = api.registry.createType<WeightV2>("WeightV2", dry.gasRequired);
  const tx = contract.tx[m.method](
    { gasLimit, storageDepositLimit: dry.storageDeposit, value: opts.value ?? 0 },
    ...args,
  );
  const sent = await submit(api, tx, signer, contract.abi, contract.address.toString());
  return { dry, ...sent };
}

/** A dry-run call with raw input bytes (selector ++ args): the contract's flags and output. */
export async function rawCall(api: ApiPromise, caller: string, address: string, input: Uint8Array | string) {
  const r = (await api.call.contractsApi.call(caller, address, 0, dryRunLimit(api), null, input)) as ContractExecResult;
  if (r.result.isErr) throw new Error(`raw call failed: ${describeDispatchError(api.registry, r.result.asErr)}`);
  return { flags: flagsOf(r.result.asOk.flags), data: r.result.asOk.data.toHex(), gasRequired: gasOf(r.gasRequired) };
}
