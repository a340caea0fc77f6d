// The revive benchmark itself (see revive.ts for what it prints).
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { Abi } from "@polkadot/api-contract";
import type { KeyringPair } from "@polkadot/keyring/types";
import { hexToU8a, u8aToHex } from "@polkadot/util";
import { randomAsHex } from "@polkadot/util-crypto";
import { fmtMs, percentile, timeRuns, verdict } from "@/lib/bench/stats";
import { loadBrick } from "@/lib/bricks/load-brick";
import { publishSeedBricks } from "@/lib/bricks/publish-seed-bricks";
import { closeChainApis } from "@/lib/chain/api-pool";
import { connectApi } from "@/lib/chain/connect";
import { getDevAccounts } from "@/lib/chain/dev-accounts";
import { resolveReviveChainSpec, startDevChain } from "@/lib/chain/dev-chain";
import { reviveAdapter } from "@/lib/chain/platforms/revive";
import { db } from "@/lib/db";
import { prepareDeployment } from "@/lib/deployments/prepare-deployment";
import { reviewDeployment } from "@/lib/deployments/review-deployment";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { getDeploymentTracker } from "@/lib/deployments/tracker/process-tracker";
import { migrateDatabase } from "@/lib/setup/migrate-database";
import { seedReviveNetwork } from "@/lib/setup/seed-networks";
import { verifiedInstance, whenDeployment } from "./deploy-wait";
import { ROOT, walletSign } from "./deploy-setup";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
type U = { id: string; teamId: string; pair: KeyringPair; address: string };

function inBlock(
  api: ApiPromise,
  tx: ReturnType<ApiPromise["tx"]["revive"]["mapAccount"]>,
  pair: KeyringPair,
): Promise<void> {
  return new Promise((resolve, reject) => {
    void api.rpc.system.accountNextIndex(pair.address).then((nonce) =>
      tx
        .signAndSend(pair, { nonce }, (r) => {
          if (r.status.isInBlock || r.status.isFinalized)
            return r.dispatchError ? reject(new Error(r.dispatchError.toString())) : resolve();
          if (r.status.isInvalid || r.status.isDropped) reject(new Error(r.status.type));
        })
        .catch(reject),
    );
  });
}

let n = 0;
const input = (u: U) => ({
  brick: "ink-v6-flipper",
  version: "1.0.0",
  teamId: u.teamId,
  network: "local-revive",
  name: `Bench switch ${n}`,
  config: { startOn: true },
  idempotencyKey: `bench-revive-${Date.now().toString(36)}-${n++}`,
});

async function ours(api: ApiPromise, u: U): Promise<number> {
  const prepared = await prepareDeployment({ actor: { id: u.id, address: u.address }, input: input(u) });
  const signature = walletSign(api, u.pair, prepared.payload!);
  const verified = whenDeployment(prepared.deploymentId, verifiedInstance);
  const t0 = performance.now();
  await submitSignature({
    actorId: u.id,
    input: { deploymentId: prepared.deploymentId, kind: "instantiate", signature },
  });
  return (await verified) - t0;
}

async function bare(api: ApiPromise, u: U, codeHash: string, abi: Abi): Promise<number> {
  const data = u8aToHex(abi.findConstructor("new").toU8a([true]).slice(1)); // without the length prefix
  const salt = randomAsHex(32);
  const dry = await reviveAdapter.dryRunInstantiate(api, {
    origin: u.address,
    code: { Existing: codeHash },
    inputData: hexToU8a(data),
    salt,
  });
  if (!dry.ok) throw new Error(`bare dry-run: ${dry.error.message}`);
  const tx = api.tx.revive.instantiate(0, dry.gas, dry.deposit, codeHash, data, salt);
  await tx.signAsync(u.pair, { nonce: await api.rpc.system.accountNextIndex(u.address) });
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    let done = false;
    tx.send(async (r) => {
      if ((r.status.isInBlock || r.status.isFinalized) && !done) {
        done = true;
        const ev = r.events.find(({ event }) => event.section === "revive" && event.method === "Instantiated");
        if (!ev) return reject(new Error("bare: no Instantiated event"));
        if ((await reviveAdapter.codeHashAt(api, ev.event.data[1].toString())) !== codeHash)
          return reject(new Error("bare: code hash differs"));
        resolve(performance.now() - t0);
      }
      if (r.status.isInvalid || r.status.isDropped) reject(new Error(`bare: ${r.status.type}`));
    }).catch(reject);
  });
}

export async function runReviveBench() {
  rmSync(path.join(ROOT, ".tmp", "bench-revive"), { recursive: true, force: true });
  migrateDatabase(process.env.DATABASE_URL!);
  const chain = await startDevChain({
    port: 0,
    specPath: resolveReviveChainSpec(process.env as { DEV_REVIVE_CHAIN_SPEC?: string }),
  });
  const api = await connectApi(chain.wsUrl, { timeoutMs: 30_000 });
  try {
    await seedReviveNetwork(db, { rpcUrl: chain.wsUrl });
    const loaded = await loadBrick(path.join(ROOT, "tests/fixtures/bricks/ink-v6-flipper"));
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("; "));
    await publishSeedBricks(db, [loaded.brick]);
    const version = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug: "ink-v6-flipper" } } });
    const abi = new Abi(JSON.parse(version.abi), api.registry.getChainProperties());

    const { bench } = await getDevAccounts();
    const users: U[] = [];
    for (const [i, pair] of bench.slice(0, 2).entries()) {
      const user = await db.user.create({
        data: {
          name: `Revive bench ${i}`,
          accounts: { create: { publicKey: u8aToHex(pair.publicKey), address: pair.address, keyType: "sr25519" } },
        },
      });
      const team = await db.team.create({
        data: {
          slug: `revive-bench-${i}`,
          name: `Revive bench ${i}`,
          members: { create: { userId: user.id, role: "owner" } },
        },
      });
      await inBlock(api, api.tx.revive.mapAccount(), pair);
      users.push({ id: user.id, teamId: team.id, pair, address: pair.address });
    }
    const [a, b] = users;
    getDeploymentTracker().start();

    const reviewRun = () => reviewDeployment({ actor: { id: a.id, address: a.address }, input: input(a) });
    // Before the first deploy the code is not on chain: the review dry-runs with the code (Upload).
    const reviewUpload = await timeRuns(RUNS, reviewRun);
    await ours(api, a); // uploads the code; every measured run instantiates from the stored code hash
    // Same conditions as the bare dry-run below (code stored): the comparison that says what the review adds.
    const review = await timeRuns(RUNS, reviewRun);
    const feeTx = api.tx.revive.instantiate(
      0,
      { refTime: 1n, proofSize: 1n },
      0,
      version.codeHash,
      "0x9bae9d5e01",
      randomAsHex(32),
    );
    const fee = await timeRuns(RUNS, () => feeTx.paymentInfo(a.address));
    const bareDry = await timeRuns(RUNS, () =>
      reviveAdapter.dryRunInstantiate(api, {
        origin: b.address,
        code: { Existing: version.codeHash },
        inputData: abi.findConstructor("new").toU8a([true]).slice(1),
        salt: randomAsHex(32),
      }),
    );
    const o: number[] = [];
    const x: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      o.push(await ours(api, a));
      x.push(await bare(api, b, version.codeHash, abi));
    }
    const p50 = (xs: number[]) =>
      percentile(
        [...xs].sort((p, q) => p - q),
        50,
      );
    const ratio = p50(o) / p50(x);
    const sol = JSON.parse(readFileSync(path.join(ROOT, "tests/fixtures/solidity/vault.sol.json"), "utf8")) as {
      code: string;
    };
    const erc20 = JSON.parse(
      readFileSync(path.resolve(ROOT, "../shared/contracts/ink-v6-erc20.contract.json"), "utf8"),
    ) as { source: { contract_binary: string } };
    console.log(`pallet-revive deploy benchmark (${RUNS} runs each, ink! v6 flipper, revive dev chain)`);
    console.log(
      `  dry-run: review (validate + ReviveApi.instantiate + fee), code stored, p50 ${fmtMs(review.p50)}, p95 ${fmtMs(review.p95)}`,
    );
    console.log(
      `  dry-run: bare ReviveApi.instantiate, code stored, p50 ${fmtMs(bareDry.p50)}, p95 ${fmtMs(bareDry.p95)}`,
    );
    console.log(`  review / bare dry-run: ${(review.p50 / bareDry.p50).toFixed(2)}×`);
    console.log(
      `  of which the fee (TransactionPaymentApi.query_info, a second runtime call) p50 ${fmtMs(fee.p50)}; first review (code uploaded with the dry-run) p50 ${fmtMs(reviewUpload.p50)}`,
    );
    console.log(
      `  submit → verified instance: Brickyard p50 ${fmtMs(p50(o))} vs bare @polkadot/api p50 ${fmtMs(p50(x))}`,
    );
    console.log(`  ratio ${ratio.toFixed(2)}× — ${verdict(Number(ratio.toFixed(2)), 1.2)}`);
    console.log(
      `  code size: Solidity Vault fixture ${((sol.code.length - 2) / 2).toLocaleString("en-US")} bytes; ink! v6 erc20 ${((erc20.source.contract_binary.length - 2) / 2).toLocaleString("en-US")} bytes (PolkaVM)`,
    );
  } finally {
    await getDeploymentTracker().stop();
    await closeChainApis();
    await api.disconnect();
    await chain.close();
  }
}
