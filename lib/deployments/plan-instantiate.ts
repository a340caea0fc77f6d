// What deploying these answers would do, worked out without signing anything: the answers checked
// against the brick's config schema, encoded into constructor arguments, a dry-run of the
// instantiate (from the code hash when the network already stores the code, else with the code),
// the address the instance will get, and the limits the real transaction will carry.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { u8aToHex } from "@polkadot/util";
import type { HexString } from "@polkadot/util/types";
import { validateConfig } from "@/lib/bricks/config-schema";
import type { TDryRun, TGas } from "@/lib/chain/dry-run";
import { platformAdapter, type TAccountMapping } from "@/lib/chain/platforms";
import { AppError } from "@/lib/errors";
import { contractCodec } from "./codec";
import type { TDeployTargetLoaded } from "./load-deploy-target";

const UNMAPPED =
  "Your account is not linked to its contract address on this network yet. Deploying first asks you to sign that one-time link, then checks the deploy on the network (a dry-run) before asking you to sign it.";

/** Headroom over what the dry-run needed: state can change between the dry-run and the block. */
const MARGIN_PERCENT = 10n;
const withMargin = (n: bigint) => n + (n * MARGIN_PERCENT) / 100n;

export type TInstantiatePlan = {
  answers: Record<string, unknown>;
  args: unknown[];
  inputData: HexString;
  codeOnChain: boolean;
  dryRun: TDryRun;
  address: string;
  gasLimit: TGas;
  storageDepositLimit: bigint;
  /** pallet-revive: whether the signer's account must be mapped first (then signed in the same batch). */
  mapping: TAccountMapping;
};

export function checkAnswers(target: TDeployTargetLoaded, config: Record<string, unknown>): Record<string, unknown> {
  const checked = validateConfig(target.manifest.config, config);
  if (!checked.success) {
    const fields: Record<string, string[]> = {};
    for (const i of checked.issues) (fields[["config", ...i.path].join(".")] ??= []).push(i.message);
    throw new AppError("BAD_INPUT", { userMessage: "Some answers need attention before deploying.", fields });
  }
  return checked.data;
}

export async function planInstantiate(
  api: ApiPromise,
  target: TDeployTargetLoaded,
  opts: { config: Record<string, unknown>; signer: string; salt: HexString },
): Promise<TInstantiatePlan> {
  const answers = checkAnswers(target, opts.config);
  // The bundle kind's codec (ink! metadata or the Solidity ABI) encodes the constructor call.
  const { args, data: input } = contractCodec(api, target.version).encodeCall({ kind: "constructor" }, answers, {
    signer: opts.signer,
  });
  const codeHash = target.version.codeHash;
  const platform = platformAdapter(target.network.platform);
  const [codeOnChain, mapping] = await Promise.all([
    platform.isCodeStored(api, codeHash),
    platform.accountMapping(api, opts.signer),
  ]);
  // pallet-revive refuses any call from an unmapped account, dry-runs included: the deploy flow maps
  // the account first (its own signature), then dry-runs and builds the instantiate.
  const dryRun: TDryRun =
    mapping.needed && !mapping.mapped
      ? {
          ok: false,
          error: { code: "AccountUnmapped", message: UNMAPPED },
          gas: { refTime: 0n, proofSize: 0n },
          deposit: 0n,
          debug: "",
        }
      : await platform.dryRunInstantiate(api, {
          origin: opts.signer,
          code: codeOnChain ? { Existing: codeHash } : { Upload: u8aToHex(target.bundle.wasm) },
          inputData: input,
          salt: opts.salt,
        });
  const address = platform.predictAddress({
    deployer: opts.signer,
    codeHash,
    code: target.bundle.wasm,
    inputData: input,
    salt: opts.salt,
    ss58Prefix: target.network.ss58Prefix,
  });
  return {
    answers,
    args,
    inputData: u8aToHex(input),
    codeOnChain,
    dryRun,
    address,
    gasLimit: { refTime: withMargin(dryRun.gas.refTime), proofSize: withMargin(dryRun.gas.proofSize) },
    storageDepositLimit: withMargin(dryRun.deposit),
    mapping,
  };
}

/** The instantiate transaction the plan describes (not signed). */
export function instantiateTx(api: ApiPromise, target: TDeployTargetLoaded, plan: TInstantiatePlan, salt: HexString) {
  return platformAdapter(target.network.platform).instantiateTx(api, {
    codeOnChain: plan.codeOnChain,
    codeHash: target.version.codeHash,
    code: target.bundle.wasm,
    inputData: plan.inputData,
    salt,
    gasLimit: plan.gasLimit,
    storageDepositLimit: plan.storageDepositLimit,
  });
}

/**
 * The same instantiate with a zero salt, for its fee: a salt is 32 bytes whatever its value, so the
 * fee is the same, and reviews of the same answers (each with its own salt) share one fee query.
 */
export function feeProbeTx(api: ApiPromise, target: TDeployTargetLoaded, plan: TInstantiatePlan) {
  return instantiateTx(api, target, plan, `0x${"00".repeat(32)}`);
}
