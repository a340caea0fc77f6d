// pallet-revive (PolkaVM: ink! v6 and Solidity via resolc; H160 addresses; keccak-256 code hashes)
// behind the platform interface. Measured on the QF runtime (../shared/docs/REVIVE.md).
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { SubmittableExtrinsic } from "@polkadot/api/types";
import type { Codec } from "@polkadot/types/types";
import { hexToU8a, u8aConcat, u8aToHex } from "@polkadot/util";
import type { HexString } from "@polkadot/util/types";
import { decodeAddress } from "@polkadot/util-crypto";
import { getCreate2Address } from "viem";
import { describeDispatchError } from "@/lib/chain/dispatch-error";
import type { TDryRun } from "@/lib/chain/dry-run";
import { readOutcome } from "@/lib/chain/extrinsic-outcome";
import type { TPlatformAdapter } from "../types";
import { checksumH160, h160OfAccount, h160Problem } from "./h160";
import { readContractResult } from "./read-contract-result";

const bytes = (v: HexString | Uint8Array) => (typeof v === "string" ? hexToU8a(v) : v);

type TErrCodec = { result: { isErr: boolean; asErr: Parameters<typeof describeDispatchError>[1] } };

function toDryRun(api: ApiPromise, raw: Codec): TDryRun {
  const r = readContractResult(raw, () => "");
  const gas = r.weightRequired;
  const deposit = r.storageDeposit > 0n ? r.storageDeposit : 0n;
  if (!r.outcome.ok) {
    const error = describeDispatchError(api.registry, (raw as unknown as TErrCodec).result.asErr);
    return { ok: false, error, gas, deposit, debug: "" };
  }
  const { reverted, data, address } = r.outcome;
  return { ok: true, reverted, data, gas, deposit, address: address ? checksumH160(address) : undefined, debug: "" };
}

/** pallet-revive's CREATE2: keccak(0xff ++ deployer ++ salt ++ keccak(code ++ input))[12..]. */
function create2(deployer: string, code: Uint8Array, input: Uint8Array, salt: Uint8Array): string {
  return getCreate2Address({
    from: h160OfAccount(deployer),
    salt: u8aToHex(salt),
    bytecode: u8aToHex(u8aConcat(code, input)),
  });
}

/**
 * ReviveApi refuses an unmapped origin (AccountUnmapped), yet a builder must see the dry-run before
 * signing the mapping. The account `H160 ++ 0xEE × 12` is the Ethereum-style account pallet-revive
 * treats as mapped to that same H160: dry-running from it, the contract sees exactly the sender and
 * deployer address the real transaction will have (so the predicted address and the constructor's
 * msg.sender are the real ones).
 */
async function dryRunOrigin(api: ApiPromise, origin: string): Promise<string> {
  const id = decodeAddress(origin);
  if (id.slice(20).every((b) => b === 0xee)) return origin;
  const h160 = h160OfAccount(origin);
  const mapped = ((await api.query.revive.originalAccount(h160)) as unknown as { isSome: boolean }).isSome;
  return mapped ? origin : u8aToHex(u8aConcat(hexToU8a(h160), new Uint8Array(12).fill(0xee)));
}

type TCallLike = { section: string; method: string; args: Codec[] };

/** The revive.instantiate* call inside a payload's call (alone, or after mapAccount in a batch). */
function findInstantiate(call: TCallLike): TCallLike | null {
  if (call.section === "revive" && ["instantiate", "instantiateWithCode"].includes(call.method)) return call;
  if (call.section === "utility") {
    for (const inner of call.args[0] as unknown as TCallLike[]) {
      const found = findInstantiate(inner);
      if (found) return found;
    }
  }
  return null;
}

const asH160 = (address: string) =>
  /^0x[0-9a-fA-F]{40}$/.test(address) ? address.toLowerCase() : h160OfAccount(address).toLowerCase();

type TAccountInfoJson = { accountType?: { contract?: { codeHash: string } } } | null;

export const reviveAdapter: TPlatformAdapter = {
  platform: "revive",
  async isCodeStored(api, codeHash) {
    return ((await api.query.revive.codeInfoOf(codeHash)) as unknown as { isSome: boolean }).isSome;
  },
  async dryRunInstantiate(api, o) {
    const origin = await dryRunOrigin(api, o.origin);
    const raw = await api.call.reviveApi.instantiate(
      origin,
      o.value ?? 0n,
      null,
      null,
      o.code,
      u8aToHex(o.inputData),
      o.salt,
    );
    return toDryRun(api, raw);
  },
  async dryRunCall(api, o) {
    const origin = await dryRunOrigin(api, o.origin);
    const raw = await api.call.reviveApi.call(origin, o.dest, o.value ?? 0n, null, null, u8aToHex(o.inputData));
    return toDryRun(api, raw);
  },
  instantiateTx(api, a) {
    const tx = a.codeOnChain
      ? api.tx.revive.instantiate(a.value ?? 0, a.gasLimit, a.storageDepositLimit, a.codeHash, a.inputData, a.salt)
      : api.tx.revive.instantiateWithCode(
          a.value ?? 0,
          a.gasLimit,
          a.storageDepositLimit,
          u8aToHex(a.code),
          a.inputData,
          a.salt,
        );
    return tx as SubmittableExtrinsic<"promise">;
  },
  callTx(api, o) {
    return api.tx.revive.call(
      o.dest,
      o.value ?? 0,
      o.gasLimit,
      o.storageDepositLimit,
      o.inputData,
    ) as SubmittableExtrinsic<"promise">;
  },
  predictAddress: (o) => create2(o.deployer, o.code, bytes(o.inputData), bytes(o.salt)),
  predictedAddressOfPayload(api, payload, code) {
    const call = findInstantiate(api.createType("Call", payload.method) as unknown as TCallLike);
    if (!call) return null;
    const salt = call.args[5] as unknown as { isSome: boolean; unwrap(): Codec };
    if (!salt.isSome) return null;
    const blob =
      call.method === "instantiateWithCode"
        ? (call.args[3] as unknown as { toU8a(bare: true): Uint8Array }).toU8a(true)
        : code.bytes;
    return create2(payload.address, blob, call.args[4].toU8a(true), salt.unwrap().toU8a(true));
  },
  readOutcome: async (api, blockHash, index) => {
    const out = await readOutcome(api, blockHash, index, "revive");
    return {
      ...out,
      instantiated: out.instantiated.map((i) => ({
        deployer: checksumH160(i.deployer),
        contract: checksumH160(i.contract),
      })),
    };
  },
  async codeHashAt(api, address) {
    const info = (await api.query.revive.accountInfoOf(address)).toJSON() as TAccountInfoJson;
    return info?.accountType?.contract?.codeHash ?? null;
  },
  contractAddressProblem: (address, networkName) => h160Problem(address, networkName),
  formatAddress: (address) => checksumH160(address),
  // An SS58 account and the H160 it maps to are the same party on pallet-revive ("you" as a contract's owner).
  sameAddress: (a, b) => asH160(a) === asH160(b),
  async accountMapping(api, signer) {
    const h160 = h160OfAccount(signer);
    // An account made from an Ethereum key is its own H160: nothing to map.
    if (
      decodeAddress(signer)
        .slice(20)
        .every((b) => b === 0xee)
    )
      return { needed: true, mapped: true, h160 };
    const original = (await api.query.revive.originalAccount(h160)) as unknown as { isSome: boolean };
    return { needed: true, mapped: original.isSome, h160 };
  },
};
