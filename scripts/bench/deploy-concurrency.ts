// 20 deploys at once from 20 funded accounts, each request sent twice (as a double click or a
// retry would): every one must end finalized, once, at its own address, with its contract on chain.
import type { ApiPromise } from "@polkadot/api";
import { percentile } from "@/lib/bench/stats";
import { codeHashAt } from "@/lib/chain/extrinsic-outcome";
import { db } from "@/lib/db";
import { prepareDeployment } from "@/lib/deployments/prepare-deployment";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { finalized, whenDeployment } from "./deploy-wait";
import { tokenInput, walletSign, type BenchUser } from "./deploy-setup";

export async function concurrentDeploys(api: ApiPromise, users: BenchUser[]) {
  const inputs = users.map((u, i) => tokenInput(u, `Concurrent ${i}`));
  const actor = (u: BenchUser) => ({ id: u.id, address: u.address });
  const t0 = performance.now();
  const [first, again] = await Promise.all([
    Promise.all(users.map((u, i) => prepareDeployment({ actor: actor(u), input: inputs[i] }))),
    Promise.all(users.map((u, i) => prepareDeployment({ actor: actor(u), input: inputs[i] }))),
  ]);
  const sameIds = first.every((p, i) => p.deploymentId === again[i].deploymentId);
  const prepareWall = performance.now() - t0;
  const tSubmit = performance.now();
  const done = first.map((p) =>
    whenDeployment(p.deploymentId, finalized, 180_000).then(
      (t) => t - tSubmit,
      () => NaN,
    ),
  );
  await Promise.all(
    first.map(async (p, i) => {
      const signature = walletSign(api, users[i].pair, (p.payload ?? again[i].payload)!);
      const input = { deploymentId: p.deploymentId, kind: "instantiate" as const, signature };
      await Promise.all([
        submitSignature({ actorId: users[i].id, input }),
        submitSignature({ actorId: users[i].id, input }),
      ]);
    }),
  );
  const times = await Promise.all(done);
  const wall = performance.now() - tSubmit;
  const rows = await db.deployment.findMany({ where: { idempotencyKey: { in: inputs.map((x) => x.idempotencyKey) } } });
  const failures = rows.filter((r) => r.status !== "finalized").length + times.filter((t) => Number.isNaN(t)).length;
  const duplicates = rows.length - new Set(rows.map((r) => r.idempotencyKey)).size + (sameIds ? 0 : 1);
  const addresses = new Set(rows.map((r) => r.address));
  const onChain = (await Promise.all(rows.map((r) => (r.address ? codeHashAt(api, r.address) : null)))).filter(
    Boolean,
  ).length;
  const sorted = times.filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
  return {
    count: users.length,
    rows: rows.length,
    failures,
    duplicates,
    distinctAddresses: addresses.size,
    onChain,
    prepareWall,
    wall,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
  };
}
