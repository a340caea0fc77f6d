// A contract no brick publishes, imported with its own metadata file (a "watched contract"), on the
// real dev chain: the example consumer contract (bricks/_examples/consumer, never a brick, so no
// other test's published fixture can claim its code) deployed outside Brickyard, imported with its
// metadata .json; a file for other code, an ordinary account and a garbled file are refused naming
// the field, with nothing written; a read-only message with an argument answers; set_feed goes
// through the settings path (prepare with dry-run → wallet signature → tracker) and its FeedSet event
// is decoded; on_price from the wrong account is refused by the dry-run in the contract's words; a
// viewer may look and ask but not act, another team gets "not found". One deploy.
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBundle } from "@/bricks/_kit/tests/support/chain";
import { db } from "@/lib/db";
import { closeChainApis } from "@/lib/chain/api-pool";
import { REPO_ROOT } from "@/lib/chain/dev-chain/spec";
import { actionKind } from "@/lib/deployments/actions/action-kind";
import { prepareAction } from "@/lib/deployments/actions/prepare-action";
import { getBrickPage } from "@/lib/catalog/get-brick-page";
import { getInstance } from "@/lib/deployments/get-instance";
import { loadDeployTarget } from "@/lib/deployments/load-deploy-target";
import { importContract } from "@/lib/deployments/imports/import-contract";
import { getInstanceQueries } from "@/lib/deployments/queries/get-instance-queries";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { DeploymentTracker } from "@/lib/deployments/tracker/deployment-tracker";
import { askMessage } from "@/lib/deployments/watched/ask-message";
import { closeTestApi, getTestApi, testChainWs } from "@/tests/support/chain";
import {
  deployConsumer,
  idempotencyKey,
  makePerson,
  makeTeam,
  setupNetwork,
  waitForDeployment,
  walletSignPayload,
  type Person,
} from "./deploy-fixture";

const contracts = path.resolve(REPO_ROOT, "../shared/contracts");
const consumerBundle = readBundle(path.resolve(REPO_ROOT, "bricks/_examples/consumer/dist/consumer.contract"));
const flipper = readBundle(path.join(contracts, "ink-v5-flipper.contract.json"));
/** The metadata .json cargo-contract writes beside the .contract: the same without the code. */
const metadataOnly = (bundle: Record<string, unknown>) => {
  const { wasm: _wasm, ...source } = bundle.source as Record<string, unknown>;
  void _wasm;
  return JSON.stringify({ ...bundle, source });
};

let api: ApiPromise;
let network: { slug: string; id: string };
let owner: Person;
let viewer: Person;
let stranger: Person;
let team: { id: string };
let token: string;
let tracker: DeploymentTracker;

const actor = (p: Person) => ({ id: p.id, address: p.address });
const counts = async () => [await db.deployment.count(), await db.brickVersion.count()];

beforeAll(async () => {
  api = await getTestApi();
  network = await setupNetwork(testChainWs());
  owner = await makePerson(api, "Owner");
  viewer = await makePerson(api, "Viewer", 0n);
  stranger = await makePerson(api, "Stranger", 0n);
  team = await makeTeam(owner, [[viewer, "viewer"]]);
  await makeTeam(stranger);
  token = (await deployConsumer(api, owner.pair)).address;
  tracker = new DeploymentTracker({ intervalMs: 300 }).start();
});
afterAll(async () => {
  await tracker?.stop();
  await closeChainApis();
  await closeTestApi();
});

describe("a watched contract: imported with its metadata, operated like an instance", () => {
  let id = "";

  it("refuses a file for other code, an ordinary account and a file that is not metadata, writing nothing", async () => {
    const before = await counts();
    const attempt = (address: string, abi: string) =>
      importContract({ actorId: owner.id, input: { teamId: team.id, network: network.slug, address, abi } });
    await expect(attempt(token, metadataOnly(flipper))).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: {
        abi: [
          expect.stringMatching(
            /^This metadata describes other code \(code hash 0x[0-9a-f]{64}\) than the contract at 5\w+ runs \(0x[0-9a-f]{64}\): choose the metadata built together with that contract\.$/,
          ),
        ],
      },
    });
    await expect(attempt(viewer.address, metadataOnly(consumerBundle))).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { address: [expect.stringMatching(/^There is no contract at 5\w+ on Test chain/)] },
    });
    await expect(attempt(token, "{not json")).rejects.toMatchObject({
      fields: { abi: ["This file is not JSON: choose the contract's metadata (.json) or .contract file."] },
    });
    await expect(attempt(token, JSON.stringify({ hello: 1 }))).rejects.toMatchObject({
      fields: { abi: [expect.stringMatching(/^This metadata cannot be read: /)] },
    });
    await expect(attempt(token, "x".repeat(1024 * 1024 + 1))).rejects.toMatchObject({ name: "ZodError" });
    await expect(
      importContract({
        actorId: viewer.id,
        input: { teamId: team.id, network: network.slug, address: token, abi: metadataOnly(consumerBundle) },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
  });

  it("imports it with its metadata: a tracked instance of the team, no brick, its messages as forms", async () => {
    const imported = await importContract({
      actorId: owner.id,
      input: { teamId: team.id, network: network.slug, address: token, abi: metadataOnly(consumerBundle) },
    });
    id = imported.deploymentId;
    expect(imported).toMatchObject({
      brick: "watched",
      sentence:
        "Brickyard watches this contract with the metadata you gave (consumer 1.0.0, same code as on chain): 8 messages callable.",
      refused: [],
    });
    const d = await getInstance({ actorId: viewer.id, id, viewerAddress: viewer.address });
    expect(d).toMatchObject({
      name: "consumer (watched)",
      status: "finalized",
      address: token,
      codeHashVerified: true,
    });
    expect(d.watched).toEqual({
      contract: "consumer 1.0.0",
      readOnly: ["latest", "feed", "allowlist", "check-allowed", "owner"],
      refused: [],
    });
    expect(d.settings.map((s) => s.id)).toEqual([
      "set-feed",
      "on-price",
      "latest",
      "feed",
      "set-allowlist",
      "allowlist",
      "check-allowed",
      "owner",
    ]);
    expect(d.events.map((e) => e.status)).toEqual(["imported"]);
    // The catalog never lists, shows, serves or deploys an uploaded ABI by the hidden brick's slug.
    const hidden = await db.brick.findFirstOrThrow({
      where: { kind: "watched" },
      select: { slug: true, latestVersion: true, versions: { select: { version: true }, take: 1 } },
    });
    expect(hidden.latestVersion).toBeNull();
    expect(await getBrickPage(db, hidden.slug)).toBeNull();
    await expect(
      loadDeployTarget({ brick: hidden.slug, version: hidden.versions[0].version, network: network.slug }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers read-only messages, calls set_feed through the settings path and decodes its event", async () => {
    const ask = (p: Person, action: string, answers: Record<string, unknown>) =>
      askMessage({ actor: actor(p), input: { deploymentId: id, action, answers } });
    // No registry set: the consumer fails closed.
    expect(await ask(viewer, "check-allowed", { who: owner.address })).toEqual({
      label: "check_allowed",
      answer: "false",
    });
    await expect(ask(viewer, "check-allowed", { who: "nope" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { who: [expect.any(String)] },
    });
    await expect(ask(viewer, "set-feed", {})).rejects.toMatchObject({
      code: "BAD_INPUT",
      userMessage: "“set-feed” is not a read-only message of this contract.",
    });
    const live = async (p: Person) =>
      Object.fromEntries((await getInstanceQueries({ actor: actor(p), id })).values.map((v) => [v.id, v]));
    expect((await live(owner)).owner).toMatchObject({ ok: true, shown: { kind: "address", you: true } });

    // A viewer may not act; a stranger does not even find it.
    const prepare = (p: Person, action: string, answers: Record<string, unknown>, key = idempotencyKey()) =>
      prepareAction({ actor: actor(p), input: { deploymentId: id, action, answers, idempotencyKey: key } });
    await expect(prepare(viewer, "set-feed", { feed: viewer.address })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(prepare(stranger, "set-feed", { feed: viewer.address })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getInstance({ actorId: stranger.id, id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ask(stranger, "owner", {})).rejects.toMatchObject({ code: "NOT_FOUND" });

    // A price from an account that is not the feed: the dry-run refuses in the contract's words.
    await expect(prepare(owner, "on-price", { value: "5", round: "1" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      userMessage: expect.stringContaining("NotFeed"),
    });
    expect(await db.deploymentTx.count({ where: { deploymentId: id } })).toBe(0);

    const key = idempotencyKey();
    const prepared = await prepare(owner, "set-feed", { feed: viewer.address }, key);
    expect(prepared.summary).toMatchObject({
      title: "set_feed",
      changes: [{ label: "feed", value: viewer.address }],
      fee: expect.stringMatching(/PAS$/),
    });
    await submitSignature({
      actorId: owner.id,
      input: {
        deploymentId: id,
        kind: actionKind(key),
        signature: walletSignPayload(api, owner.pair, prepared.payload!),
      },
      tracker,
    });
    const after = await waitForDeployment(id, (d) => d.contractEvents.some((e) => e.name === "FeedSet"), 180_000);
    expect(after.transactions.find((t) => t.kind === actionKind(key))?.status).not.toBe("failed");
    expect(after.contractEvents.map((e) => [e.name, JSON.parse(e.args)])).toEqual([
      ["FeedSet", { feed: viewer.address }],
    ]);
    expect((await live(viewer)).feed).toMatchObject({ ok: true, shown: { kind: "address", you: true } });
  });
});
