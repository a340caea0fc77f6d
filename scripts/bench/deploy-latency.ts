// Dry-run latency (the review step and the bare dry-run), and submit → verified instance through
// Brickyard against a bare @polkadot/api-contract deploy of the same contract, alternating runs.
import type { ApiPromise } from "@polkadot/api";
import { Abi, BlueprintPromise } from "@polkadot/api-contract";
import type { BlueprintSubmittableResult } from "@polkadot/api-contract/base";
import { randomAsHex } from "@polkadot/util-crypto";
import { percentile, timeRuns } from "@/lib/bench/stats";
import { maxDryRunGas } from "@/lib/chain/dry-run";
import { codeHashAt } from "@/lib/chain/extrinsic-outcome";
import { db } from "@/lib/db";
import { loadDeployTarget } from "@/lib/deployments/load-deploy-target";
import { planInstantiate } from "@/lib/deployments/plan-instantiate";
import { prepareDeployment } from "@/lib/deployments/prepare-deployment";
import { reviewDeployment } from "@/lib/deployments/review-deployment";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { finalized, verifiedInstance, whenDeployment } from "./deploy-wait";
import { tokenInput, walletSign, type BenchUser } from "./deploy-setup";

export async function measureDryRuns(api: ApiPromise, u: BenchUser, runs: number) {
  const actor = { id: u.id, address: u.address };
  const review = await timeRuns(runs, () => reviewDeployment({ actor, input: tokenInput(u) }));
  const input = tokenInput(u);
  const target = await loadDeployTarget(input);
  const plain = await timeRuns(runs, () =>
    planInstantiate(api, target, { config: input.config, signer: u.address, salt: randomAsHex(32) }),
  );
  return { review, plain };
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95) };
};

async function ours(api: ApiPromise, u: BenchUser) {
  const prepared = await prepareDeployment({ actor: { id: u.id, address: u.address }, input: tokenInput(u) });
  const signature = walletSign(api, u.pair, prepared.payload!);
  const verified = whenDeployment(prepared.deploymentId, verifiedInstance);
  const final = whenDeployment(prepared.deploymentId, finalized);
  const t0 = performance.now();
  await submitSignature({
    actorId: u.id,
    input: { deploymentId: prepared.deploymentId, kind: "instantiate", signature },
  });
  return { verified: (await verified) - t0, final: (await final) - t0 };
}

async function bare(api: ApiPromise, u: BenchUser) {
  const version = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug: "fungible-token" } } });
  const abi = new Abi(JSON.parse(version.abi), api.registry.getChainProperties());
  const args = ["Bare token", "BARE", 6, "1000000000000", false, u.address];
  const salt = randomAsHex(32);
  const data = abi.findConstructor("new").toU8a(args);
  const dry = await api.call.contractsApi.instantiate(
    u.address,
    0,
    maxDryRunGas(api),
    null,
    { Existing: version.codeHash },
    data,
    salt,
  );
  const deposit = dry.storageDeposit.isCharge ? dry.storageDeposit.asCharge : null;
  const tx = new BlueprintPromise(api, abi, version.codeHash).tx.new(
    { gasLimit: dry.gasRequired, storageDepositLimit: deposit, salt },
    ...args,
  );
  await tx.signAsync(u.pair, { nonce: await api.rpc.system.accountNextIndex(u.address) });
  const t0 = performance.now();
  return new Promise<{ verified: number; final: number }>((resolve, reject) => {
    let verified = 0;
    tx.send(async (r: BlueprintSubmittableResult<"promise">) => {
      if ((r.status.isInBlock || r.status.isFinalized) && !verified) {
        if (!r.contract) return reject(new Error("bare deploy: no Instantiated event"));
        if ((await codeHashAt(api, r.contract.address.toString())) !== version.codeHash)
          return reject(new Error("bare deploy: code hash differs"));
        verified = performance.now() - t0;
      }
      if (r.status.isFinalized) resolve({ verified, final: performance.now() - t0 });
      if (r.status.isInvalid || r.status.isDropped) reject(new Error(`bare deploy: ${r.status.type}`));
    }).catch(reject);
  });
}

export async function compareSubmitLatency(api: ApiPromise, a: BenchUser, b: BenchUser, runs: number) {
  await ours(api, a); // the first deploy uploads the code; every measured run instantiates from the code hash
  const o: { verified: number; final: number }[] = [];
  const x: { verified: number; final: number }[] = [];
  for (let i = 0; i < runs; i++) {
    o.push(await ours(api, a));
    x.push(await bare(api, b));
  }
  return {
    ours: { verified: stats(o.map((r) => r.verified)), final: stats(o.map((r) => r.final)) },
    bare: { verified: stats(x.map((r) => r.verified)), final: stats(x.map((r) => r.final)) },
  };
}
