// The deploy flow through the real services on the real dev chain: review (dry-run in words),
// prepare (row + payload before signing), the wallet's signature, the tracker following the
// transaction to a finalized instance with its code hash verified, then the link step (second
// signature) proven on chain. Plus idempotency, validation and permissions.
import type { ApiPromise } from "@polkadot/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeChainApis } from "@/lib/chain/api-pool";
import { prepareDeployment } from "@/lib/deployments/prepare-deployment";
import { prepareLink } from "@/lib/deployments/prepare-link";
import { reviewDeployment } from "@/lib/deployments/review-deployment";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { DeploymentTracker } from "@/lib/deployments/tracker/deployment-tracker";
import { closeTestApi, getTestApi, testChainWs } from "@/tests/support/chain";
import {
  deployConsumer,
  idempotencyKey,
  makePerson,
  makeTeam,
  priceFeedConfig,
  setupNetwork,
  waitForDeployment,
  walletSignPayload,
  type Person,
} from "./deploy-fixture";

let api: ApiPromise;
let network: { slug: string; id: string };
let owner: Person;
let team: { id: string };
let consumer: string;
let tracker: DeploymentTracker;

const target = (config: Record<string, unknown>, over: Record<string, unknown> = {}) => ({
  brick: "price-feed-oracle",
  version: "1.0.0",
  teamId: team.id,
  network: network.slug,
  name: "DOT feed",
  config,
  ...over,
});

beforeAll(async () => {
  api = await getTestApi();
  network = await setupNetwork(testChainWs());
  owner = await makePerson(api, "Owner");
  team = await makeTeam(owner);
  consumer = (await deployConsumer(api, owner.pair)).address;
  tracker = new DeploymentTracker({ intervalMs: 300 }).start();
});
afterAll(async () => {
  await tracker?.stop();
  await closeChainApis();
  await closeTestApi();
});

describe("deploy a price feed linked to the user's contract", () => {
  it("reviews, deploys, tracks to finalized with the code hash verified, then links and proves the link", async () => {
    const actor = { id: owner.id, address: owner.address };
    const key = idempotencyKey();
    const review = await reviewDeployment({
      actor,
      input: { ...target(priceFeedConfig(owner.address, consumer)), idempotencyKey: key },
    });
    expect(review.verdict).toEqual({ ok: true });
    expect(review.link).toMatchObject({ ok: true, messages: ["on_price", "set_feed"], warning: null });
    expect(review.args.map((a) => [a.name, a.encoded])).toEqual([
      ["description", "DOT / USD"],
      ["decimals", "8"],
      ["reporters", JSON.stringify([owner.address])],
      ["consumer", consumer],
    ]);
    expect(review.deposit).toMatch(/^\d[\d,.]* PAS$/);
    expect(review.summary).toContain("Price feed oracle");

    const prepared = await prepareDeployment({
      actor,
      input: { ...target(priceFeedConfig(owner.address, consumer)), idempotencyKey: key },
    });
    expect(prepared.status).toBe("draft");
    expect(prepared.address).toBe(review.address);
    const row = await db.deployment.findUniqueOrThrow({ where: { id: prepared.deploymentId } });
    expect(row).toMatchObject({
      status: "draft",
      signer: owner.address,
      linkedContract: consumer,
      idempotencyKey: key,
    });

    const signature = walletSignPayload(api, owner.pair, prepared.payload!);
    const sent = await submitSignature({
      actorId: owner.id,
      input: { deploymentId: prepared.deploymentId, kind: "instantiate", signature },
      tracker,
    });
    expect(sent.status).toBe("signed");
    // The same signature again (a double click) changes nothing.
    expect(
      await submitSignature({
        actorId: owner.id,
        input: { deploymentId: prepared.deploymentId, kind: "instantiate", signature },
        tracker,
      }),
    ).toMatchObject({ extrinsicHash: sent.extrinsicHash });

    const done = await waitForDeployment(prepared.deploymentId, (d) => d.status === "finalized");
    expect(done).toMatchObject({
      address: review.address,
      codeHashVerified: true,
      extrinsicHash: sent.extrinsicHash,
      failureReason: null,
    });
    expect(done.events.map((e) => e.status)).toEqual(["draft", "signed", "in_block", "finalized"]);
    expect(done.contractEvents.map((e) => e.name).sort()).toEqual(["ConsumerSet", "ReporterAdded"]);
    // A retry with the same key returns the same deployment and builds no new transaction.
    expect(
      await prepareDeployment({
        actor,
        input: { ...target(priceFeedConfig(owner.address, consumer)), idempotencyKey: key },
      }),
    ).toMatchObject({ deploymentId: prepared.deploymentId, payload: null, status: "finalized" });
    expect(await db.deployment.count({ where: { idempotencyKey: key } })).toBe(1);

    const link = await prepareLink({ actor, deploymentId: prepared.deploymentId });
    await submitSignature({
      actorId: owner.id,
      input: {
        deploymentId: prepared.deploymentId,
        kind: "link",
        signature: walletSignPayload(api, owner.pair, link.payload!),
      },
      tracker,
    });
    const linked = await waitForDeployment(prepared.deploymentId, (d) => d.linkVerified !== null);
    expect(linked.linkVerified).toBe(true);
    expect(linked.events.map((e) => e.status)).toEqual(
      expect.arrayContaining(["link_prepared", "link_signed", "link_in_block", "link_verified"]),
    );
    const log = await db.auditLogEntry.findMany({ where: { target: `deployment:${prepared.deploymentId}` } });
    expect(log.map((l) => l.action).sort()).toEqual(["deployment.create", "deployment.link", "deployment.submit"]);
  });

  it("creates one deployment for concurrent requests with one key", async () => {
    const actor = { id: owner.id, address: owner.address };
    const key = idempotencyKey();
    const input = { ...target(priceFeedConfig(owner.address, consumer), { name: "Twice" }), idempotencyKey: key };
    const [a, b] = await Promise.all([prepareDeployment({ actor, input }), prepareDeployment({ actor, input })]);
    expect(a.deploymentId).toBe(b.deploymentId);
    expect(await db.deployment.count({ where: { idempotencyKey: key } })).toBe(1);
    expect(await db.deploymentTx.count({ where: { deploymentId: a.deploymentId } })).toBe(1);
  });
});

describe("what is refused before anything is signed", () => {
  it("validates the answers on the server with the brick's own schema, field by field", async () => {
    const actor = { id: owner.id, address: owner.address };
    const bad = {
      description: "",
      decimals: 40,
      reporters: ["not-an-address", owner.address, owner.address],
      consumer,
    };
    const error = await prepareDeployment({ actor, input: { ...target(bad), idempotencyKey: idempotencyKey() } }).catch(
      (e) => e,
    );
    expect(error).toMatchObject({ code: "BAD_INPUT" });
    expect(Object.keys(error.fields).sort()).toEqual([
      "config.decimals",
      "config.description",
      "config.reporters.0",
      "config.reporters.2",
    ]);
    await expect(reviewDeployment({ actor, input: target(bad) })).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(
      prepareDeployment({
        actor,
        input: { ...target(priceFeedConfig(owner.address, consumer)), name: "", idempotencyKey: idempotencyKey() },
      }),
    ).rejects.toThrow(/Give this instance a name/);
    expect(
      await db.deployment.count({ where: { teamId: team.id, name: { not: { in: ["DOT feed", "Twice"] } } } }),
    ).toBe(0);
  });

  it("says when the account cannot pay, and writes nothing", async () => {
    const poor = await makePerson(api, "Poor", 0n);
    const poorTeam = await makeTeam(poor);
    const actor = { id: poor.id, address: poor.address };
    const input = {
      ...target(
        { name: "Coin", symbol: "CN", decimals: 0, initialSupply: "10" },
        { brick: "fungible-token", teamId: poorTeam.id },
      ),
    };
    const review = await reviewDeployment({ actor, input });
    expect(review.verdict).toMatchObject({ ok: false });
    expect((review.verdict as { message: string }).message).toMatch(/enough (free )?balance|Add funds/);
    await expect(
      prepareDeployment({ actor, input: { ...input, idempotencyKey: idempotencyKey() } }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await db.deployment.count({ where: { teamId: poorTeam.id } })).toBe(0);
  });

  it("checks the link field: a valid address, a contract, and the messages the brick needs", async () => {
    const actor = { id: owner.id, address: owner.address };
    const linkOf = async (address: string) =>
      (await reviewDeployment({ actor, input: target(priceFeedConfig(owner.address, address)) })).link;
    await expect(
      reviewDeployment({ actor, input: target(priceFeedConfig(owner.address, "5Grw-not-an-address")) }),
    ).rejects.toMatchObject({ fields: { "config.consumer": [expect.stringMatching(/address/i)] } });
    expect(await linkOf(owner.address)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^There is no contract at this address on Test chain/),
    });
    const token = await deployConsumerlessToken();
    expect(await linkOf(token)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/does not have the messages on_price, set_feed/),
    });
    // The server refuses it too when asked directly, without the review.
    const input = { ...target(priceFeedConfig(owner.address, token)), idempotencyKey: idempotencyKey() };
    await expect(prepareDeployment({ actor, input })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { "config.consumer": [expect.stringMatching(/does not have the messages/)] },
    });
    expect(await db.deployment.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(0);
  });

  it("explains, before the link is signed, that only the owner of the linked contract may link it", async () => {
    const someoneElse = await makePerson(api, "Contract owner", 100n);
    const theirs = (await deployConsumer(api, someoneElse.pair)).address;
    const actor = { id: owner.id, address: owner.address };
    const review = await reviewDeployment({
      actor,
      input: target(priceFeedConfig(owner.address, theirs), { name: "Not mine" }),
    });
    expect(review.link).toMatchObject({
      ok: true,
      warning: expect.stringMatching(/^Your contract would refuse set_feed from your account/),
    });
    const prepared = await prepareDeployment({
      actor,
      input: {
        ...target(priceFeedConfig(owner.address, theirs), { name: "Not mine" }),
        idempotencyKey: idempotencyKey(),
      },
    });
    await submitSignature({
      actorId: owner.id,
      input: {
        deploymentId: prepared.deploymentId,
        kind: "instantiate",
        signature: walletSignPayload(api, owner.pair, prepared.payload!),
      },
      tracker,
    });
    await waitForDeployment(prepared.deploymentId, (d) => d.status === "finalized");
    await expect(prepareLink({ actor, deploymentId: prepared.deploymentId })).rejects.toThrow(
      /Your contract refused set_feed from your account .*only the contract's owner/,
    );
    expect(await db.deploymentTx.count({ where: { deploymentId: prepared.deploymentId, kind: "link" } })).toBe(0);
  });

  it("lets viewers see but not deploy, and strangers not even see", async () => {
    const viewer = await makePerson(api, "Viewer", 0n);
    const stranger = await makePerson(api, "Stranger", 0n);
    const shared = await makeTeam(owner, [[viewer, "viewer"]]);
    const input = {
      ...target(priceFeedConfig(owner.address, consumer), { teamId: shared.id }),
      idempotencyKey: idempotencyKey(),
    };
    await expect(prepareDeployment({ actor: { id: viewer.id, address: viewer.address }, input })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    await expect(
      prepareDeployment({ actor: { id: stranger.id, address: stranger.address }, input }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

/** A contract without the price feed's messages: a fungible token deployed through the same flow. */
async function deployConsumerlessToken(): Promise<string> {
  const actor = { id: owner.id, address: owner.address };
  const prepared = await prepareDeployment({
    actor,
    input: {
      ...target(
        { name: "Coin", symbol: "CN", decimals: 0, initialSupply: "10" },
        { brick: "fungible-token", name: "Token" },
      ),
      idempotencyKey: idempotencyKey(),
    },
  });
  await submitSignature({
    actorId: owner.id,
    input: {
      deploymentId: prepared.deploymentId,
      kind: "instantiate",
      signature: walletSignPayload(api, owner.pair, prepared.payload!),
    },
    tracker,
  });
  return (await waitForDeployment(prepared.deploymentId, (d) => d.status === "finalized")).address!;
}
