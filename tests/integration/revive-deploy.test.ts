// The deploy flow on pallet-revive through the product's own services: an ink! v6 brick published
// (bundleKind "ink-v6", platform "revive"), reviewed (dry-run via ReviveApi, H160 address), an
// unmapped signer mapped first in the same flow (revive.mapAccount, its own signature), tracked to finalized with the
// keccak code hash checked on chain; then a server restart mid-deploy reconciled.
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { Abi } from "@polkadot/api-contract";
import { Keyring } from "@polkadot/keyring";
import { u8aToHex } from "@polkadot/util";
import { cryptoWaitReady } from "@polkadot/util-crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadBrick } from "@/lib/bricks/load-brick";
import { publishSeedBricks } from "@/lib/bricks/publish-seed-bricks";
import { closeChainApis } from "@/lib/chain/api-pool";
import { REPO_ROOT } from "@/lib/chain/dev-chain/spec";
import { h160OfAccount } from "@/lib/chain/platforms/revive/h160";
import { db } from "@/lib/db";
import { prepareAccountMapping, submitAccountMapping } from "@/lib/deployments/map-account";
import { prepareDeployment } from "@/lib/deployments/prepare-deployment";
import { reviewDeployment } from "@/lib/deployments/review-deployment";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { DeploymentTracker } from "@/lib/deployments/tracker/deployment-tracker";
import { getDevAccounts, loadSharedBundle, nextNonce, sendAndWait } from "@/tests/support/chain";
import { closeReviveTestApi, getReviveTestApi, testReviveChainWs } from "@/tests/support/revive-chain";
import { idempotencyKey, makeTeam, run, waitForDeployment, walletSignPayload, type Person } from "./deploy-fixture";

let api: ApiPromise;
let network: { slug: string; id: string };
let owner: Person;
let team: { id: string };
const trackers: DeploymentTracker[] = [];
const tracker = () => {
  const t = new DeploymentTracker({ intervalMs: 300, graceMs: 2_000, log: () => {} });
  trackers.push(t);
  return t;
};

/** A user with a fresh (unmapped) sr25519 key, funded with `tokens` QF (18 decimals) from //Alice. */
async function makeRevivePerson(name: string, tokens = 1_000n): Promise<Person> {
  await cryptoWaitReady();
  const pair = new Keyring({ type: "sr25519", ss58Format: 42 }).addFromUri(`//${run}//revive//${name}`);
  const user = await db.user.create({
    data: { name, accounts: { create: { publicKey: u8aToHex(pair.publicKey), address: pair.address, keyType: "sr25519" } } },
  });
  const { alice } = await getDevAccounts();
  const transfer = api.tx.balances.transferKeepAlive(pair.address, tokens * 10n ** 18n);
  const { error } = await sendAndWait(transfer, alice, { nonce: await nextNonce(api, alice.address) });
  if (error) throw new Error(`funding ${name}: ${error}`);
  return { id: user.id, pair, address: pair.address };
}

const flipper = (name: string, startOn: boolean) => ({
  brick: "ink-v6-flipper",
  version: "1.0.0",
  teamId: team.id,
  network: network.slug,
  name,
  config: { startOn },
  idempotencyKey: idempotencyKey(),
});

async function prepareAndSign(input: ReturnType<typeof flipper>, via: DeploymentTracker) {
  const prepared = await prepareDeployment({ actor: { id: owner.id, address: owner.address }, input });
  const signature = walletSignPayload(api, owner.pair, prepared.payload!);
  await submitSignature({ actorId: owner.id, input: { deploymentId: prepared.deploymentId, kind: "instantiate", signature }, tracker: via });
  return prepared;
}

/** Reads the flipper's `get` through ReviveApi.call, decoded with the ink! v6 ABI. */
async function readSwitch(address: string): Promise<unknown> {
  const abi = new Abi(await loadSharedBundle("ink-v6-flipper"), api.registry.getChainProperties());
  const get = abi.findMessage("get");
  const r = await api.call.reviveApi.call(owner.address, address, 0, null, null, get.toU8a([]));
  return abi.registry.createType(get.returnType!.lookupName ?? get.returnType!.type, r.result.asOk.data).toJSON();
}

beforeAll(async () => {
  api = await getReviveTestApi();
  const slug = `${run}-revive`;
  network = await db.network.create({
    data: { slug, name: "Revive test chain", rpcUrl: testReviveChainWs(), tokenSymbol: "QF", decimals: 18, isDevChain: true, platform: "revive" },
  });
  const loaded = await loadBrick(path.resolve(REPO_ROOT, "tests/fixtures/bricks/ink-v6-flipper"));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("; "));
  await publishSeedBricks(db, [loaded.brick]);
  const version = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug: "ink-v6-flipper" } }, include: { networks: true } });
  if (!version.networks.some((n) => n.networkSlug === slug)) await db.brickVersionNetwork.create({ data: { brickVersionId: version.id, networkSlug: slug } });
  owner = await makeRevivePerson("Revive owner");
  team = await makeTeam(owner);
});
afterEach(async () => {
  await Promise.all(trackers.splice(0).map((t) => t.stop()));
});
afterAll(async () => {
  await closeChainApis();
  await closeReviveTestApi();
});

describe("ink! v6 on pallet-revive", () => {
  it("publishes the bundle as ink-v6 for the revive platform, with pallet-revive's keccak code hash", async () => {
    const v = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug: "ink-v6-flipper" } } });
    expect(v).toMatchObject({ bundleKind: "ink-v6", platform: "revive", codeHash: "0xf13b75244b8d522d1161a2580d94f50c9e9161fd0040e1ae136d4adbabb145dd" });
    expect(u8aToHex(v.wasm.slice(0, 4))).toBe("0x50564d00"); // "PVM\0"
  });

  it("maps an unmapped signer in the deploy flow (its own signature), then deploys and verifies the code on chain", async () => {
    const actor = { id: owner.id, address: owner.address };
    const input = flipper("Main switch", true);
    const h160 = h160OfAccount(owner.address);
    expect((await api.call.reviveApi.address(owner.address)).toHex()).toBe(h160.toLowerCase());
    expect((await api.query.revive.originalAccount(h160)).isNone).toBe(true);

    // Unmapped: the review explains the one-time link; the deploy itself is refused until it is signed.
    const before = await reviewDeployment({ actor, input });
    expect(before.mapping).toMatchObject({ h160, mapped: false });
    expect(before.verdict).toMatchObject({ ok: false, code: "AccountUnmapped" });
    expect(before.mapping?.explain).toMatch(/not linked to it yet/);
    await expect(prepareDeployment({ actor, input })).rejects.toThrow(/not linked to its contract address/);

    const step = await prepareAccountMapping({ actor, input: { network: network.slug } });
    expect(step).toMatchObject({ h160, mapped: false });
    const signature = walletSignPayload(api, owner.pair, step.payload!);
    // Someone else's signature, or a payload for another call, is refused.
    const { bob } = await getDevAccounts();
    await expect(submitAccountMapping({ actor, input: { network: network.slug, payload: step.payload, signature: walletSignPayload(api, bob, step.payload!) } })).rejects.toThrow(/signature does not match/);
    expect(await submitAccountMapping({ actor, input: { network: network.slug, payload: step.payload, signature } })).toMatchObject({ h160, mapped: true });
    expect((await api.query.revive.originalAccount(h160)).isSome).toBe(true);

    const review = await reviewDeployment({ actor, input });
    expect(review.verdict).toEqual({ ok: true });
    expect(review.mapping).toMatchObject({ h160, mapped: true });
    expect(review.address).toMatch(/^0x[0-9a-fA-F]{40}$/);
    expect(review.deposit).toMatch(/ QF$/);
    expect(BigInt(review.gas.refTime)).toBeGreaterThan(0n);

    const tr = tracker().start();
    const prepared = await prepareAndSign(input, tr);
    expect(prepared.address).toBe(review.address);
    const d = await waitForDeployment(prepared.deploymentId, (x) => x.status === "finalized", 60_000);
    expect(d).toMatchObject({ address: review.address, codeHashVerified: true, failureReason: null });
    expect(d.events.map((e) => e.status)).toEqual(["draft", "signed", "in_block", "finalized"]);
    expect(await readSwitch(d.address!)).toEqual({ ok: true });
  });

  it("reconciles a deploy whose server went away right after sending it", async () => {
    const first = tracker();
    const prepared = await prepareAndSign(flipper("Restarted switch", false), first);
    await first.stop();
    expect((await db.deployment.findUniqueOrThrow({ where: { id: prepared.deploymentId } })).status).toBe("signed");

    tracker().start();
    const d = await waitForDeployment(prepared.deploymentId, (x) => x.status === "finalized", 60_000);
    expect(d).toMatchObject({ address: prepared.address, codeHashVerified: true });
    expect(await readSwitch(d.address!)).toEqual({ ok: false });
  });
});
