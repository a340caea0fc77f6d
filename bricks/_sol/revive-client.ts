// A small client for Solidity bricks on a pallet-revive chain, shared by the bricks' tests and
// `npm run bricks:measure-solidity`: deploy a `.sol.json` bundle, read and send calls, and dry-run
// calls that must fail, decoding the revert with the bundle's ABI. Encoding and decoding go through
// viem (the Ethereum ABI); the chain is reached with @polkadot/api (ReviveApi dry-runs + revive.*).
import "@polkadot/api-augment";
import { readFile } from "node:fs/promises";
import type { ApiPromise } from "@polkadot/api";
import type { KeyringPair } from "@polkadot/keyring/types";
import type { SubmittableExtrinsic } from "@polkadot/api/types";
import { randomAsHex } from "@polkadot/util-crypto";
import type { Abi } from "abitype";
import {
  decodeErrorResult,
  decodeFunctionResult,
  encodeDeployData,
  encodeFunctionData,
  getAddress,
  type Hex,
} from "viem";
import { readContractResult, type TReviveWeight } from "@/lib/chain/platforms/revive/read-contract-result";
import { parseSolidityBundle, type SolidityBundle } from "@/lib/bricks/kinds/solidity/parse-bundle";

export interface Sent {
  error?: string;
  gas: TReviveWeight;
  deposit: bigint;
  events: { section: string; method: string; data: unknown }[];
}

export async function loadSolBundle(file: string): Promise<SolidityBundle> {
  return parseSolidityBundle(JSON.parse(await readFile(file, "utf8")));
}

/** Sends a transaction and resolves once it is in a block, with its dispatch error in words. */
export function submit(
  tx: SubmittableExtrinsic<"promise">,
  signer: KeyringPair,
): Promise<Omit<Sent, "gas" | "deposit">> {
  return new Promise((resolve, reject) => {
    let unsub: (() => void) | undefined;
    const timer = setTimeout(() => reject(new Error("Not in a block after 60 s")), 60_000);
    tx.signAndSend(signer, { nonce: -1 }, ({ status, events, dispatchError }) => {
      if (!status.isInBlock && !status.isFinalized) {
        if (status.isInvalid || status.isDropped) reject(new Error(`Transaction ${status.type}`));
        return;
      }
      clearTimeout(timer);
      unsub?.();
      let error: string | undefined;
      if (dispatchError) {
        if (dispatchError.isModule) {
          const m = tx.registry.findMetaError(dispatchError.asModule);
          error = `${m.section}.${m.name}`;
        } else error = dispatchError.toString();
      }
      resolve({
        error,
        events: events.map(({ event }) => ({
          section: event.section,
          method: event.method,
          data: event.data.toJSON(),
        })),
      });
    })
      .then((u) => (unsub = u))
      .catch(reject);
  });
}

/** Maps a Substrate account to its H160 once (revive.mapAccount) and returns the H160. */
export async function ensureMapped(api: ApiPromise, pair: KeyringPair): Promise<Hex> {
  const h160 = getAddress((await api.call.reviveApi.address(pair.address)).toHex());
  const original = (await api.query.revive.originalAccount(h160)) as unknown as { isNone: boolean };
  if (original.isNone) {
    const { error } = await submit(api.tx.revive.mapAccount() as SubmittableExtrinsic<"promise">, pair);
    if (error) throw new Error(`mapAccount failed: ${error}`);
  }
  return h160;
}

export interface Deployed {
  address: Hex;
  gas: TReviveWeight;
  deposit: bigint;
}

/** Uploads the code and instantiates it with constructor arguments (encoded by viem). */
export async function deploy(
  api: ApiPromise,
  signer: KeyringPair,
  bundle: SolidityBundle,
  args: readonly unknown[],
  value = 0n,
): Promise<Deployed> {
  const data = encodeDeployData({ abi: bundle.abi, bytecode: "0x", args } as Parameters<typeof encodeDeployData>[0]);
  const code = `0x${Buffer.from(bundle.wasm).toString("hex")}` as Hex;
  const salt = randomAsHex(32);
  const dry = readContractResult(
    await api.call.reviveApi.instantiate(signer.address, value, null, null, { Upload: code }, data, salt),
    String,
  );
  if (!dry.outcome.ok) throw new Error(`instantiate dry-run failed: ${dry.outcome.error}`);
  if (dry.outcome.reverted) throw new Error(`constructor reverted: ${describeRevert(bundle.abi, dry.outcome.data)}`);
  const { error, events } = await submit(
    api.tx.revive.instantiateWithCode(
      value,
      dry.weightRequired,
      dry.storageDeposit,
      code,
      data,
      salt,
    ) as SubmittableExtrinsic<"promise">,
    signer,
  );
  if (error) throw new Error(`instantiate failed: ${error}`);
  const ev = events.find((e) => e.section === "revive" && e.method === "Instantiated");
  const address = getAddress(((ev?.data as { contract?: string } | undefined)?.contract ?? dry.outcome.address)!);
  return { address, gas: dry.weightRequired, deposit: dry.storageDeposit };
}

/** The constructor-argument bytes alone (revive takes code and data apart). */
export function constructorData(abi: Abi, args: readonly unknown[]): Hex {
  return encodeDeployData({ abi, bytecode: "0x", args } as Parameters<typeof encodeDeployData>[0]);
}

/** Error(string), Panic(uint256) or a custom error of the ABI, as "Name(arg, …)". */
export function describeRevert(abi: Abi, data: Hex): string {
  if (data === "0x") return "reverted without data";
  try {
    const e = decodeErrorResult({ abi, data });
    return `${e.errorName}(${(e.args ?? []).map((a) => String(a)).join(", ")})`;
  } catch {
    return `reverted with ${data.slice(0, 10)}…`;
  }
}

export class SolContract {
  constructor(
    readonly api: ApiPromise,
    readonly abi: Abi,
    readonly address: Hex,
    /** The account read-only calls are dry-run from (it must exist on chain). */
    readonly reader: string,
  ) {}

  private async dry(origin: KeyringPair | string, fn: string, args: readonly unknown[], value: bigint) {
    const data = encodeFunctionData({ abi: this.abi, functionName: fn, args } as Parameters<
      typeof encodeFunctionData
    >[0]);
    const from = typeof origin === "string" ? origin : origin.address;
    const r = readContractResult(
      await this.api.call.reviveApi.call(from, this.address, value, null, null, data),
      String,
    );
    return { data, r };
  }

  /** A read-only call, decoded by viem. */
  async read<T = unknown>(fn: string, args: readonly unknown[] = [], origin?: KeyringPair | string): Promise<T> {
    const { r } = await this.dry(origin ?? this.reader, fn, args, 0n);
    if (!r.outcome.ok) throw new Error(`${fn}: ${JSON.stringify(r.outcome.error)}`);
    if (r.outcome.reverted) throw new Error(`${fn} reverted: ${describeRevert(this.abi, r.outcome.data)}`);
    return decodeFunctionResult({ abi: this.abi, functionName: fn, data: r.outcome.data } as Parameters<
      typeof decodeFunctionResult
    >[0]) as T;
  }

  /** Dry-runs, then sends the call when the dry-run succeeds; throws (decoded) when it would revert. */
  async send(signer: KeyringPair, fn: string, args: readonly unknown[] = [], value = 0n): Promise<Sent> {
    const { data, r } = await this.dry(signer, fn, args, value);
    if (!r.outcome.ok) throw new Error(`${fn}: ${JSON.stringify(r.outcome.error)}`);
    if (r.outcome.reverted) throw new Error(`${fn} reverted: ${describeRevert(this.abi, r.outcome.data)}`);
    const sent = await submit(
      this.api.tx.revive.call(
        this.address,
        value,
        r.weightRequired,
        r.storageDeposit,
        data,
      ) as SubmittableExtrinsic<"promise">,
      signer,
    );
    if (sent.error) throw new Error(`${fn} failed on chain: ${sent.error}`);
    return { ...sent, gas: r.weightRequired, deposit: r.storageDeposit };
  }

  /** The revert a call would end in ("Name(args)"), or undefined when it would succeed. */
  async revertOf(
    origin: KeyringPair | string,
    fn: string,
    args: readonly unknown[] = [],
    value = 0n,
  ): Promise<string | undefined> {
    const { r } = await this.dry(origin, fn, args, value);
    if (!r.outcome.ok) return r.outcome.error;
    return r.outcome.reverted ? describeRevert(this.abi, r.outcome.data) : undefined;
  }
}

/** Sends native value to a contract with empty call data (its receive()). */
export async function sendValue(api: ApiPromise, signer: KeyringPair, to: Hex, value: bigint): Promise<void> {
  const r = readContractResult(await api.call.reviveApi.call(signer.address, to, value, null, null, "0x"), String);
  if (!r.outcome.ok || r.outcome.reverted) throw new Error("sending value was refused");
  const { error } = await submit(
    api.tx.revive.call(to, value, r.weightRequired, r.storageDeposit, "0x") as SubmittableExtrinsic<"promise">,
    signer,
  );
  if (error) throw new Error(`sending value failed: ${error}`);
}
