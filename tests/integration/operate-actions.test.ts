// Operating deployed instances on the real dev chain: every settings action of the first-party
// bricks deployed through the product (fungible token, price feed, allow-list), each run through the
// real services (prepare with dry-run → wallet signature → tracker) with its main refusal (not the
// owner, a bad value) explained before signing; the read-only views before and after; viewers
// refused; and a call that passed its dry-run but failed in its block explained in the contract's words.
// Cheap on purpose: the global setup's chain, one funding transaction, one deploy per brick, and the
// three bricks run side by side (each with its own owner, so their transactions never share a nonce).
import type { ApiPromise } from "@polkadot/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeChainApis, getChainApi } from "@/lib/chain/api-pool";
import { actionKind } from "@/lib/deployments/actions/action-kind";
import { prepareAction } from "@/lib/deployments/actions/prepare-action";
import { exportConfig } from "@/lib/deployments/configs/export-config";
import { readConfigFile } from "@/lib/deployments/configs/read-config-file";
import { prepareDeployment } from "@/lib/deployments/prepare-deployment";
import { prepareLink } from "@/lib/deployments/prepare-link";
import { getInstanceQueries } from "@/lib/deployments/queries/get-instance-queries";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { DeploymentTracker } from "@/lib/deployments/tracker/deployment-tracker";
import { listUpgrades } from "@/lib/deployments/upgrades/list-upgrades";
import { prepareUpgrade } from "@/lib/deployments/upgrades/prepare-upgrade";
import { platformAdapter } from "@/lib/chain/platforms";
import { publishUpgradeTargets } from "./upgrade-fixture";
import { closeTestApi, getDevAccounts, getTestApi, sendAndWait, testChainWs } from "@/tests/support/chain";
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
let tokenOwner: Person;
let feedOwner: Person;
let listOwner: Person;
let deployer: Person;
// Takes the allow-list over and upgrades it: its own account, because the deployer signs in the
// price-feed test at the same time (one account, one nonce: a shared signer made a report "stale").
let heir: Person;
let viewer: Person;
let team: { id: string };
let tracker: DeploymentTracker;
let consumer: Promise<string>;

const actorOf = (p: Person) => ({ id: p.id, address: p.address });

beforeAll(async () => {
  api = await getTestApi();
  network = await setupNetwork(testChainWs());
  // The services' shared connection, opened once with room to spare (10 s is not always enough on a
  // loaded machine), so the three tests below do not race to open it.
  await getChainApi(testChainWs(), { timeoutMs: 60_000 });
  [tokenOwner, feedOwner, listOwner, deployer, heir, viewer] = await Promise.all(
    ["Token owner", "Feed owner", "List owner", "Deployer", "Heir", "Viewer"].map((name) => makePerson(api, name, 0n)),
  );
  // Everyone who signs is funded, one transfer after another (this runtime has no utility.batch, and
  // consecutive nonces sent side by side were refused as "Invalid" when the later one reached the pool
  // first). The viewer stays empty.
  const { alice } = await getDevAccounts();
  for (const p of [tokenOwner, feedOwner, listOwner, deployer, heir]) {
    const funded = await sendAndWait(api.tx.balances.transferKeepAlive(p.address, 1_000n * 10n ** 10n), alice);
    if (funded.error) throw new Error(`funding: ${funded.error}`);
  }
  team = await makeTeam(tokenOwner, [
    [feedOwner, "owner"],
    [listOwner, "owner"],
    [deployer, "deployer"],
    [heir, "deployer"],
    [viewer, "viewer"],
  ]);
  tracker = new DeploymentTracker({ intervalMs: 300 }).start();
  // The price feed and the allow-list both need "the user's own contract": deployed once, by the deployer.
  consumer = deployConsumer(api, deployer.pair).then((c) => c.address);
  consumer.catch(() => undefined);
});
afterAll(async () => {
  await tracker?.stop();
  await closeChainApis();
  await closeTestApi();
});

async function deployBrick(
  owner: Person,
  brick: string,
  name: string,
  config: Record<string, unknown>,
  version = "1.0.0",
) {
  const prepared = await prepareDeployment({
    actor: actorOf(owner),
    input: {
      brick,
      version,
      teamId: team.id,
      network: network.slug,
      name,
      config,
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
  return waitForDeployment(prepared.deploymentId, (d) => d.status === "finalized", 180_000);
}

/** Prepares (dry-run) an action; returns a function that signs and sends it, then waits for the tracker's verdict. */
async function prepare(person: Person, deploymentId: string, action: string, answers: Record<string, unknown>) {
  const key = idempotencyKey();
  const prepared = await prepareAction({
    actor: actorOf(person),
    input: { deploymentId, action, answers, idempotencyKey: key },
  });
  return {
    prepared,
    async send() {
      await submitSignature({
        actorId: person.id,
        input: {
          deploymentId,
          kind: actionKind(key),
          signature: walletSignPayload(api, person.pair, prepared.payload!),
        },
        tracker,
      });
      const d = await waitForDeployment(
        deploymentId,
        (x) =>
          ["in_block", "finalized", "failed"].includes(x.transactions.find((t) => t.kind === actionKind(key))!.status),
        180_000,
      );
      return d.transactions.find((t) => t.kind === actionKind(key))!;
    },
  };
}

const run = async (person: Person, id: string, action: string, answers: Record<string, unknown>) =>
  (await prepare(person, id, action, answers)).send();

/** The read-only views as `person` sees them. A read that failed (a dry-run that timed out on a loaded
 * machine) is shown as an error, never as a wrong number; the page reads again every few seconds, so
 * this does too, up to three times. */
async function values(person: Person, id: string) {
  for (let attempt = 1; ; attempt++) {
    const q = await getInstanceQueries({ actor: actorOf(person), id });
    expect(q.error).toBeNull();
    const shown = Object.fromEntries(
      q.values.map((v) => [
        v.id,
        v.ok ? (v.shown.kind === "address" ? v.shown.address : v.shown.text) : `error: ${v.error}`,
      ]),
    );
    if (attempt === 3 || q.values.every((v) => v.ok)) return shown;
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

describe.concurrent("settings actions of the first-party bricks", () => {
  it("fungible token: mints as the owner and sends tokens (values, events, timeline and team history follow); refuses another member, a bad amount, a balance too small and a viewer", async () => {
    const owner = tokenOwner;
    const token = await deployBrick(owner, "fungible-token", "Credits", {
      name: "Credits",
      symbol: "CRD",
      decimals: 2,
      initialSupply: "1000",
      mintable: true,
    });
    expect(await values(owner, token.id)).toMatchObject({
      "total-supply": "1,000 CRD",
      "your-balance": "1,000 CRD",
      symbol: "CRD",
      decimals: "2",
      mintable: "Yes",
      owner: owner.address,
    });

    const { prepared, send } = await prepare(owner, token.id, "mint", {
      to: deployer.address,
      decimals: 2,
      amount: "12.5",
    });
    expect(prepared.summary).toMatchObject({ title: "Create new tokens", fee: expect.stringMatching(/PAS$/) });
    expect(prepared.summary.changes).toEqual(
      expect.arrayContaining([
        { label: "Amount", value: "12.5" },
        { label: "Recipient", value: deployer.address },
      ]),
    );
    expect((await send()).status).not.toBe("failed");
    expect(await values(owner, token.id)).toMatchObject({ "total-supply": "1,012.5 CRD", "your-balance": "1,000 CRD" });
    expect(await values(deployer, token.id)).toMatchObject({ "your-balance": "12.5 CRD" });
    const after = await waitForDeployment(token.id, (d) => d.events.some((e) => e.status === "action_in_block"));
    expect(after.contractEvents.filter((e) => e.name === "Transfer").map((e) => JSON.parse(e.args))).toContainEqual({
      from: null,
      to: deployer.address,
      value: 1250,
    });
    expect(after.events.find((e) => e.status === "action_signed")).toMatchObject({
      actorId: owner.id,
      detail: expect.stringMatching(/^The action “Create new tokens” was signed by /),
    });
    expect(
      await db.auditLogEntry.findFirst({ where: { action: "deployment.action", target: `deployment:${token.id}` } }),
    ).toMatchObject({ actorId: owner.id, teamId: team.id });

    await expect(
      prepare(deployer, token.id, "mint", { to: deployer.address, decimals: 2, amount: "1" }),
    ).rejects.toThrow(
      `The contract refused: NotOwner — Only the owner may do this — you are signed in as ${deployer.address}.`,
    );
    await expect(
      prepare(owner, token.id, "mint", { to: "not-an-address", decimals: 2, amount: "1.234" }),
    ).rejects.toMatchObject({ code: "BAD_INPUT", fields: { to: [expect.any(String)], amount: [expect.any(String)] } });
    await expect(
      prepare(viewer, token.id, "mint", { to: viewer.address, decimals: 2, amount: "1" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    // "Send tokens": any holder; the contract refuses more than the balance. (Only the owner sends
    // here: the deployer signs in the price-feed test at the same time, and one account has one nonce.)
    await expect(
      prepare(deployer, token.id, "transfer", { to: owner.address, decimals: 2, amount: "13" }),
    ).rejects.toThrow(/^The contract refused: InsufficientBalance/);
    expect(
      (await run(owner, token.id, "transfer", { to: deployer.address, decimals: 2, amount: "2.5" })).status,
    ).not.toBe("failed");
    expect(await values(deployer, token.id)).toMatchObject({ "your-balance": "15 CRD", "total-supply": "1,012.5 CRD" });
    expect(await values(owner, token.id)).toMatchObject({ "your-balance": "997.5 CRD" });
    expect(await db.deploymentTx.count({ where: { deploymentId: token.id, kind: { startsWith: "action:" } } })).toBe(2);

    // Export → start a new deploy from the file: the same answers, nothing to fix.
    const exported = await exportConfig({ actorId: viewer.id, id: token.id });
    expect(exported).toMatchObject({
      format: "brickyard-config/1",
      brick: "fungible-token",
      version: "1.0.0",
      network: network.slug,
      name: "Credits",
    });
    const back = await readConfigFile({
      actorId: deployer.id,
      input: { brick: "fungible-token", version: "1.0.0", text: JSON.stringify(exported, null, 2) },
    });
    expect(back).toEqual({
      defaults: { name: "Credits", symbol: "CRD", decimals: 2, initialSupply: "1000", mintable: true },
      problems: [],
      name: "Credits",
      from: `“Credits” (version 1.0.0 on ${network.slug})`,
    });
  }, 600_000);

  it("price feed: reports, adds and removes a reporter; refuses non-owners and bad values, and explains a report that failed in its block", async () => {
    const owner = feedOwner;
    const feed = await deployBrick(
      owner,
      "price-feed-oracle",
      "DOT feed",
      priceFeedConfig(owner.address, await consumer),
    );
    // A report is forwarded to the linked consumer, which accepts it only from its own feed: link first.
    const link = await prepareLink({ actor: actorOf(deployer), deploymentId: feed.id });
    await submitSignature({
      actorId: deployer.id,
      input: { deploymentId: feed.id, kind: "link", signature: walletSignPayload(api, deployer.pair, link.payload!) },
      tracker,
    });
    await waitForDeployment(feed.id, (d) => d.linkVerified === true, 180_000);

    expect((await run(owner, feed.id, "report", { decimals: 8, value: "5.25" })).status).not.toBe("failed");
    expect(await values(owner, feed.id)).toMatchObject({
      "latest-value": "5.25",
      round: "1",
      "you-reporter": "Yes",
      consumer: await consumer,
    });
    await expect(prepare(deployer, feed.id, "report", { decimals: 8, value: "6" })).rejects.toThrow(
      /NotReporter — The account is not an authorised reporter — you are signed in as /,
    );
    await expect(prepare(owner, feed.id, "report", { decimals: 8, value: "five" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { value: [expect.any(String)] },
    });

    await expect(prepare(deployer, feed.id, "add-reporter", { who: deployer.address })).rejects.toThrow(/NotOwner/);
    expect((await run(owner, feed.id, "add-reporter", { who: deployer.address })).status).not.toBe("failed");
    expect(await values(deployer, feed.id)).toMatchObject({ "you-reporter": "Yes" });

    // The deployer's report passes its dry-run; the owner removes them before it is sent.
    const late = await prepare(deployer, feed.id, "report", { decimals: 8, value: "7" });
    await expect(prepare(deployer, feed.id, "remove-reporter", { who: deployer.address })).rejects.toThrow(/NotOwner/);
    expect((await run(owner, feed.id, "remove-reporter", { who: deployer.address })).status).not.toBe("failed");
    const failed = await late.send();
    expect(failed.status).toBe("failed");
    expect(failed.failureReason).toMatch(
      /^The action “Report a value” failed in block #\d+: The contract refused: NotReporter — The account is not an authorised reporter — it was signed by /,
    );
    expect(failed.failureReason).toContain(deployer.address);
    expect(await values(owner, feed.id)).toMatchObject({ "latest-value": "5.25", round: "1" });
  }, 600_000);

  it("allow-list: adds members, removes one, hands over ownership, and refuses what the contract would refuse", async () => {
    const owner = listOwner;
    const list = await deployBrick(
      owner,
      "allowlist-registry",
      "Members",
      { members: [], contract: await consumer },
      "1.1.0",
    );
    expect(await values(owner, list.id)).toMatchObject({ count: "0", "you-allowed": "No", owner: owner.address });

    await expect(prepare(owner, list.id, "add-members", { accounts: ["nope"] })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { "accounts.0": [expect.any(String)] },
    });
    await expect(prepare(deployer, list.id, "add-members", { accounts: [deployer.address] })).rejects.toThrow(
      /NotOwner/,
    );
    expect(
      (await run(owner, list.id, "add-members", { accounts: [deployer.address, viewer.address] })).status,
    ).not.toBe("failed");
    expect(await values(viewer, list.id)).toMatchObject({ count: "2", "you-allowed": "Yes" });

    expect((await run(owner, list.id, "remove-member", { who: viewer.address })).status).not.toBe("failed");
    await expect(prepare(owner, list.id, "remove-member", { who: viewer.address })).rejects.toThrow(
      /NotListed — The account is not on the list/,
    );
    expect(await values(viewer, list.id)).toMatchObject({ count: "1", "you-allowed": "No" });

    await expect(prepare(deployer, list.id, "transfer-ownership", { newOwner: deployer.address })).rejects.toThrow(
      /NotOwner/,
    );
    expect((await run(owner, list.id, "transfer-ownership", { newOwner: heir.address })).status).not.toBe("failed");
    expect(await values(owner, list.id)).toMatchObject({ owner: heir.address });
    await expect(prepare(owner, list.id, "remove-member", { who: deployer.address })).rejects.toThrow(
      `NotOwner — Only the owner may do this — you are signed in as ${owner.address}.`,
    );
    const events = (await waitForDeployment(list.id, () => true)).contractEvents.map((e) => e.name);
    expect(events).toEqual(expect.arrayContaining(["Added", "Removed", "OwnershipTransferred"]));

    // Upgrade (issue 11 item 4), by the list's owner now (the heir): refused in one sentence for a
    // yanked, a foreign, a not-newer version and a viewer, nothing written; then the new code uploaded
    // by the same wallet, set_code_hash signed, and the code hash on chain verified by the tracker.
    const { next, yanked, foreign } = await publishUpgradeTargets(network.slug);
    const offer = await listUpgrades({ actorId: viewer.id, id: list.id });
    expect(offer).toMatchObject({ supported: true, canRun: false });
    expect(offer.candidates.map((c) => c.version)).toEqual(["1.2.0"]);
    expect(offer.candidates[0].changelog).toMatch(/code_version/);
    const upgrade = (person: Person, targetVersionId: string) =>
      prepareUpgrade({
        actor: actorOf(person),
        input: { deploymentId: list.id, targetVersionId, idempotencyKey: idempotencyKey() },
      });
    await expect(upgrade(deployer, yanked.id)).rejects.toThrow("Version 1.3.0 was withdrawn (yanked)");
    await expect(upgrade(deployer, foreign.id)).rejects.toThrow("Version 1.0.0 belongs to another brick");
    await expect(upgrade(deployer, list.brickVersionId)).rejects.toThrow("Version 1.1.0 is not newer");
    await expect(upgrade(viewer, next.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const upgradeTxs = { deploymentId: list.id, actionId: { startsWith: "upgrade" } };
    expect(await db.deploymentTx.count({ where: upgradeTxs })).toBe(0);

    const runUpgrade = async (person: Person) => {
      const key = idempotencyKey();
      const prepared = await prepareUpgrade({
        actor: actorOf(person),
        input: { deploymentId: list.id, targetVersionId: next.id, idempotencyKey: key },
      });
      await submitSignature({
        actorId: person.id,
        input: {
          deploymentId: list.id,
          kind: actionKind(key),
          signature: walletSignPayload(api, person.pair, prepared.payload!),
        },
        tracker,
      });
      const d = await waitForDeployment(
        list.id,
        (x) =>
          ["in_block", "finalized", "failed"].includes(x.transactions.find((t) => t.kind === actionKind(key))!.status),
        180_000,
      );
      return { prepared, tx: d.transactions.find((t) => t.kind === actionKind(key))! };
    };
    const upload = await runUpgrade(heir);
    expect(upload.prepared.step).toBe("upload");
    expect(upload.tx.status).not.toBe("failed");
    // The code is on chain now: the dry-run of set_code_hash runs, and refuses the team owner who gave the list away.
    await expect(upgrade(owner, next.id)).rejects.toThrow(
      /NotOwner — Only the owner may do this — you are signed in as /,
    );
    const done = await runUpgrade(heir);
    expect(done.prepared).toMatchObject({ step: "upgrade", summary: { title: "Upgrade to 1.2.0" } });
    expect(done.prepared.summary.words).toMatch(/^The dry-run passed/);
    expect(done.tx.status).not.toBe("failed");
    const upgraded = await waitForDeployment(list.id, (d) => d.brickVersionId === next.id, 60_000);
    expect(upgraded.codeHashVerified).toBe(true);
    expect(await platformAdapter("contracts").codeHashAt(api, list.address!)).toBe(next.codeHash);
    expect(upgraded.events.map((e) => e.detail)).toContainEqual(
      expect.stringMatching(
        /The instance now runs version 1\.2\.0: its code hash 0x[0-9a-f]{64} matches the published code/,
      ),
    );
    expect(
      await db.auditLogEntry.findFirst({ where: { action: "deployment.upgrade", target: `deployment:${list.id}` } }),
    ).toMatchObject({ actorId: heir.id });
    // The list survived the new code: same count, same owner.
    expect(await values(viewer, list.id)).toMatchObject({ count: "1", owner: heir.address });
  }, 600_000);
});
