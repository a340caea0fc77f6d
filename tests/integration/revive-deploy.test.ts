// The deploy flow on pallet-revive through the product's own services: an ink! v6 brick published
// (bundleKind "ink-v6", platform "revive"), reviewed (dry-run via ReviveApi, H160 address), an
// unmapped signer mapped first in the same flow (revive.mapAccount, its own signature), tracked to finalized with the
// keccak code hash checked on chain; then a server restart mid-deploy reconciled. Then the
// OpenZeppelin ERC-20 brick (Solidity) through the same services: a constructor revert decoded in
// the review, deployed, its code hash checked, its queries read and its mint log decoded with viem.
// Then the link step on revive: the Solidity price feed linked to a consumer contract the builder
// deployed themselves (bricks/_examples/feed-consumer): the live link check (H160 form and checksum,
// a contract there, the wrong kind of contract, the consumer's functions), deployed, the link
// transaction (setFeed on the consumer) signed, and the link verified on chain (feed() == the feed).
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
import { checkLinkField } from "@/lib/deployments/check-link-field";
import { prepareAccountMapping, submitAccountMapping } from "@/lib/deployments/map-account";
import { prepareLink } from "@/lib/deployments/prepare-link";
import { prepareAction } from "@/lib/deployments/actions/prepare-action";
import { actionKind } from "@/lib/deployments/actions/action-kind";
import { prepareDeployment } from "@/lib/deployments/prepare-deployment";
import { reviewDeployment } from "@/lib/deployments/review-deployment";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { DeploymentTracker } from "@/lib/deployments/tracker/deployment-tracker";
import { getInstanceQueries } from "@/lib/deployments/queries/get-instance-queries";
import { getDevAccounts, loadSharedBundle, nextNonce, sendAndWait } from "@/tests/support/chain";
import { closeReviveTestApi, getReviveTestApi, testReviveChainWs } from "@/tests/support/revive-chain";
import { deploy, ensureMapped, loadSolBundle, SolContract } from "@/bricks/_sol/revive-client";
import { idempotencyKey, makeTeam, run, waitForDeployment, walletSignPayload, type Person } from "./deploy-fixture";

let api: ApiPromise;
let network: { slug: string; id: string };
let owner: Person;
let team: { id: string };
/** The OpenZeppelin token's instance, once a case has deployed one (the link check's "wrong kind of contract"). */
let tokenAddress: string | undefined;
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
    data: {
      name,
      accounts: { create: { publicKey: u8aToHex(pair.publicKey), address: pair.address, keyType: "sr25519" } },
    },
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
  await submitSignature({
    actorId: owner.id,
    input: { deploymentId: prepared.deploymentId, kind: "instantiate", signature },
    tracker: via,
  });
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
    data: {
      slug,
      name: "Revive test chain",
      rpcUrl: testReviveChainWs(),
      tokenSymbol: "QF",
      decimals: 18,
      isDevChain: true,
      platform: "revive",
    },
  });
  for (const dir of [
    "tests/fixtures/bricks/ink-v6-flipper",
    "tests/fixtures/revive-only/ink-v6-erc20",
    "bricks/oz-erc20-token",
    "bricks/oz-price-feed",
  ]) {
    const loaded = await loadBrick(path.resolve(REPO_ROOT, dir));
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("; "));
    await publishSeedBricks(db, [loaded.brick]);
    const version = await db.brickVersion.findFirstOrThrow({
      where: { brick: { slug: loaded.brick.manifest.slug } },
      include: { networks: true },
    });
    if (!version.networks.some((n) => n.networkSlug === slug))
      await db.brickVersionNetwork.create({ data: { brickVersionId: version.id, networkSlug: slug } });
  }
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
    expect(v).toMatchObject({
      bundleKind: "ink-v6",
      platform: "revive",
      codeHash: "0xf13b75244b8d522d1161a2580d94f50c9e9161fd0040e1ae136d4adbabb145dd",
    });
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
    await expect(
      submitAccountMapping({
        actor,
        input: { network: network.slug, payload: step.payload, signature: walletSignPayload(api, bob, step.payload!) },
      }),
    ).rejects.toThrow(/signature does not match/);
    expect(
      await submitAccountMapping({ actor, input: { network: network.slug, payload: step.payload, signature } }),
    ).toMatchObject({ h160, mapped: true });
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

describe("the ink! v6 erc20 (metadata v6: U256 amounts, H160 accounts) on pallet-revive", () => {
  // ../shared/contracts/ink-v6-erc20.contract.json (ink! 6.0.0-alpha) imports the host function
  // hash_blake2_256, which this runtime's pallet-revive (polkadot-sdk stable2603) no longer offers
  // (the flipper, ink! 6.0.0-alpha.3, does not use it): the chain refuses its code. Everything up to
  // the chain works: published as ink-v6 for revive, its U256 supply encoded in base units.
  it("publishes and encodes its arguments; the chain refuses its code, said in words before anything is signed", async () => {
    const actor = { id: owner.id, address: owner.address };
    await ensureMapped(api, owner.pair);
    const v = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug: "ink-v6-erc20" } } });
    expect(v).toMatchObject({ bundleKind: "ink-v6", platform: "revive" });
    const input = {
      brick: "ink-v6-erc20",
      version: "1.0.0",
      teamId: team.id,
      network: network.slug,
      name: "ink! credits",
      config: { totalSupply: "1000.5" },
      idempotencyKey: idempotencyKey(),
    };
    const review = await reviewDeployment({ actor, input });
    expect(
      review.args.map((a) => [a.name, a.encoded]),
      JSON.stringify(review.args),
    ).toEqual([["total_supply", "1000500000000000000000"]]);
    expect(review.verdict).toMatchObject({
      ok: false,
      code: "revive.CodeRejected",
      message: expect.stringMatching(
        /^The network refused the contract's code: it was built for another version of pallet-revive/,
      ),
    });
    await expect(prepareDeployment({ actor, input })).rejects.toThrow(/built for another version of pallet-revive/);
    expect(await db.deployment.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(0);
  });
});

describe("Solidity (OpenZeppelin ERC-20) on pallet-revive, through the same deploy services", () => {
  const token = (config: Record<string, unknown>) => ({
    brick: "oz-erc20-token",
    version: "1.0.0",
    teamId: team.id,
    network: network.slug,
    name: "Guild credits",
    config,
    idempotencyKey: idempotencyKey(),
  });
  const answers = { name: "Guild Credits", symbol: "GLD", decimals: 6, initialSupply: "1000.5", mintable: true };

  it("explains a constructor revert in the review, then deploys, checks the code and reads the token back", async () => {
    // The ink! case maps the owner; alone (-t), this case maps it the same way first.
    const actor = { id: owner.id, address: owner.address };
    const step = await prepareAccountMapping({ actor, input: { network: network.slug } });
    if (!step.mapped)
      await submitAccountMapping({
        actor,
        input: {
          network: network.slug,
          payload: step.payload,
          signature: walletSignPayload(api, owner.pair, step.payload!),
        },
      });
    const capped = await reviewDeployment({ actor, input: token({ ...answers, cap: "10" }) });
    expect(capped.verdict).toMatchObject({ ok: false, code: "ContractReverted" });
    expect((capped.verdict as { message: string }).message).toMatch(
      /^The contract refused: ERC20ExceededCap \(increasedSupply = 1000500000, cap = 10000000\)/,
    );

    const input = token(answers);
    const review = await reviewDeployment({ actor, input });
    expect(review.verdict).toEqual({ ok: true });
    expect(review.args.find((a) => a.name === "initialSupply")).toMatchObject({
      type: "uint256",
      entered: "1000.5",
      encoded: "1000500000",
    });
    expect(review.args.find((a) => a.name === "owner_")).toMatchObject({ encoded: h160OfAccount(owner.address) });

    const prepared = await prepareDeployment({ actor, input });
    const signature = walletSignPayload(api, owner.pair, prepared.payload!);
    await submitSignature({
      actorId: owner.id,
      input: { deploymentId: prepared.deploymentId, kind: "instantiate", signature },
      tracker: tracker().start(),
    });
    const d = await waitForDeployment(prepared.deploymentId, (x) => x.status === "finalized", 60_000);
    expect(d).toMatchObject({ address: review.address, codeHashVerified: true, failureReason: null });
    tokenAddress = d.address!;

    const { values, error } = await getInstanceQueries({ actor, id: d.id });
    expect(error).toBeNull();
    const shown = Object.fromEntries(values.map((v) => [v.id, v.ok ? v.shown : v.error]));
    expect(shown).toMatchObject({
      name: { kind: "text", text: "Guild Credits" },
      symbol: { kind: "text", text: "GLD" },
      "total-supply": { kind: "text", text: "1,000.5 GLD" },
      "my-balance": { kind: "text", text: "1,000.5 GLD" },
      owner: { kind: "address", you: true },
    });
    // The mint's log (Transfer from the zero address), decoded with the ABI when the deploy landed.
    const events = await db.contractEvent.findMany({ where: { deploymentId: d.id }, orderBy: { eventIndex: "asc" } });
    const transfer = events.find((e) => e.name === "Transfer");
    expect(JSON.parse(transfer!.args)).toEqual({ from: null, to: h160OfAccount(owner.address), value: "1000500000" });

    // A settings action on a pallet-revive instance takes the same path as on pallet-contracts: a bad
    // value is refused naming its field, a mint is dry-run, signed, tracked and changes the supply.
    const mint = (amount: string, key = idempotencyKey()) =>
      prepareAction({
        actor,
        input: {
          deploymentId: d.id,
          action: "mint",
          answers: { to: owner.address, decimals: 6, amount },
          idempotencyKey: key,
        },
      });
    await expect(mint("ten")).rejects.toMatchObject({ code: "BAD_INPUT", fields: { amount: [expect.any(String)] } });
    const key = idempotencyKey();
    const minted = await mint("10", key);
    expect(minted.payload).not.toBeNull();
    await submitSignature({
      actorId: owner.id,
      input: {
        deploymentId: d.id,
        kind: actionKind(key),
        signature: walletSignPayload(api, owner.pair, minted.payload!),
      },
      tracker: tracker().start(),
    });
    const after = await waitForDeployment(
      d.id,
      (x) =>
        ["in_block", "finalized", "failed"].includes(
          x.transactions.find((t) => t.kind === actionKind(key))?.status ?? "",
        ),
      60_000,
    );
    expect(after.transactions.find((t) => t.kind === actionKind(key))).toMatchObject({ failureReason: null });
    const supply = (await getInstanceQueries({ actor, id: d.id })).values.find((v) => v.id === "total-supply");
    expect(supply?.ok && supply.shown).toMatchObject({ kind: "text", text: "1,010.5 GLD" });
  });
});

describe("The link step on pallet-revive: the Solidity price feed linked to the builder's own consumer", () => {
  it("checks the link field live, deploys, signs setFeed on the consumer and verifies the link on chain", async () => {
    const actor = { id: owner.id, address: owner.address };
    await ensureMapped(api, owner.pair);
    // The builder's own contract, deployed with their own tools: Brickyard does not know its ABI.
    const consumerBundle = await loadSolBundle(
      path.resolve(REPO_ROOT, "bricks/_examples/feed-consumer/dist/feed-consumer.sol.json"),
    );
    const consumer = (await deploy(api, owner.pair, consumerBundle, [])).address;
    const tokenBundle = await loadSolBundle(
      path.resolve(REPO_ROOT, "bricks/oz-erc20-token/dist/oz-erc20-token.sol.json"),
    );
    const me = h160OfAccount(owner.address);
    tokenAddress ??= (await deploy(api, owner.pair, tokenBundle, ["T", "T", 18, 1n, 0n, false, false, false, me]))
      .address;

    const check = (address: string) =>
      checkLinkField({ actor, input: { brick: "oz-price-feed", version: "1.1.0", network: network.slug, address } });
    expect(await check(owner.address)).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^Contracts on Revive test chain have Ethereum-style addresses: 0x followed by 40/,
      ),
    });
    const typo = consumer.replace(/[a-f]/, (c) => c.toUpperCase());
    expect(await check(typo)).toMatchObject({ ok: false, message: expect.stringMatching(/has a typo: .*checksum/) });
    expect(await check(h160OfAccount(owner.address))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^There is no contract at this address on Revive test chain/),
    });
    expect(await check(tokenAddress)).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^This is the wrong kind of contract: it is a “Token \(Solidity, OpenZeppelin ERC-20\)”, which does not have the functions onPrice, setFeed, feed/,
      ),
    });
    // Any case is accepted: all lower case carries no checksum.
    expect(await check(consumer.toLowerCase())).toMatchObject({ ok: true, messages: ["onPrice", "setFeed", "feed"] });

    const input = {
      brick: "oz-price-feed",
      version: "1.1.0",
      teamId: team.id,
      network: network.slug,
      name: "DOT feed",
      config: { description: "DOT / USD", decimals: 8, reporters: [owner.address], consumer: consumer.toLowerCase() },
      idempotencyKey: idempotencyKey(),
    };
    const review = await reviewDeployment({ actor, input });
    expect(review.verdict).toEqual({ ok: true });
    expect(review.link).toMatchObject({ ok: true, warning: null });
    expect(review.args.find((a) => a.name === "consumer_")).toMatchObject({ encoded: consumer });

    const tr = tracker().start();
    const prepared = await prepareDeployment({ actor, input });
    await submitSignature({
      actorId: owner.id,
      input: {
        deploymentId: prepared.deploymentId,
        kind: "instantiate",
        signature: walletSignPayload(api, owner.pair, prepared.payload!),
      },
      tracker: tr,
    });
    const d = await waitForDeployment(prepared.deploymentId, (x) => x.status === "finalized", 60_000);
    // Stored as the platform shows it: checksummed, whatever case was typed.
    expect(d).toMatchObject({ codeHashVerified: true, linkedContract: consumer, linkVerified: null });

    const link = await prepareLink({ actor, deploymentId: d.id });
    await submitSignature({
      actorId: owner.id,
      input: { deploymentId: d.id, kind: "link", signature: walletSignPayload(api, owner.pair, link.payload!) },
      tracker: tr,
    });
    const linked = await waitForDeployment(d.id, (x) => x.linkVerified !== null, 60_000);
    expect(linked.linkVerified).toBe(true);
    expect(linked.events.find((e) => e.status === "link_verified")?.detail).toBe(
      `Your contract's feed answers ${d.address}.`,
    );
    const onChain = new SolContract(api, consumerBundle.abi, consumer as `0x${string}`, owner.address);
    expect(await onChain.read("feed")).toBe(d.address);
  });
});
