// A contract no brick publishes, imported with its own metadata file (a "watched contract"), on the
// real dev chain: ink! 5's erc20 example deployed outside Brickyard, imported with its metadata
// .json; a file for other code, an ordinary account and a garbled file are refused naming the field,
// with nothing written; a read-only message with an argument answers; `transfer` goes through the
// settings path (prepare with dry-run → wallet signature → tracker) and its Transfer event is
// decoded; a viewer may look and ask but not act, another team gets "not found". One deploy.
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deploy, readBundle } from "@/bricks/_kit/tests/support/chain";
import { db } from "@/lib/db";
import { closeChainApis } from "@/lib/chain/api-pool";
import { REPO_ROOT } from "@/lib/chain/dev-chain/spec";
import { actionKind } from "@/lib/deployments/actions/action-kind";
import { prepareAction } from "@/lib/deployments/actions/prepare-action";
import { getInstance } from "@/lib/deployments/get-instance";
import { importContract } from "@/lib/deployments/imports/import-contract";
import { getInstanceQueries } from "@/lib/deployments/queries/get-instance-queries";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { DeploymentTracker } from "@/lib/deployments/tracker/deployment-tracker";
import { askMessage } from "@/lib/deployments/watched/ask-message";
import { closeTestApi, getTestApi, testChainWs } from "@/tests/support/chain";
import {
  idempotencyKey,
  makePerson,
  makeTeam,
  setupNetwork,
  waitForDeployment,
  walletSignPayload,
  type Person,
} from "./deploy-fixture";

const contracts = path.resolve(REPO_ROOT, "../shared/contracts");
const erc20 = readBundle(path.join(contracts, "ink-v5-erc20.contract.json"));
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
  token = (await deploy(api, erc20, owner.pair, "new", [1_000_000])).address;
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
    await expect(attempt(viewer.address, metadataOnly(erc20))).rejects.toMatchObject({
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
        input: { teamId: team.id, network: network.slug, address: token, abi: metadataOnly(erc20) },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
  });

  it("imports it with its metadata: a tracked instance of the team, no brick, its messages as forms", async () => {
    const imported = await importContract({
      actorId: owner.id,
      input: { teamId: team.id, network: network.slug, address: token, abi: metadataOnly(erc20) },
    });
    id = imported.deploymentId;
    expect(imported).toMatchObject({
      brick: "watched",
      sentence:
        "Brickyard watches this contract with the metadata you gave (erc20 5.0.0-rc.1, same code as on chain): 6 messages callable.",
      refused: [],
    });
    const d = await getInstance({ actorId: viewer.id, id, viewerAddress: viewer.address });
    expect(d).toMatchObject({ name: "erc20 (watched)", status: "finalized", address: token, codeHashVerified: true });
    expect(d.watched).toEqual({
      contract: "erc20 5.0.0-rc.1",
      readOnly: ["total-supply", "balance-of", "allowance"],
      refused: [],
    });
    expect(d.settings.map((s) => s.id)).toEqual([
      "total-supply",
      "balance-of",
      "allowance",
      "transfer",
      "approve",
      "transfer-from",
    ]);
    expect(d.events.map((e) => e.status)).toEqual(["imported"]);
    // The published catalog's lookups never see an uploaded ABI.
    expect(await db.brick.findFirst({ where: { kind: "watched" }, select: { latestVersion: true } })).toEqual({
      latestVersion: null,
    });
  });

  it("answers read-only messages, calls transfer through the settings path and decodes its event", async () => {
    const viewerAsks = await askMessage({
      actor: actor(viewer),
      input: { deploymentId: id, action: "balance-of", answers: { owner: owner.address } },
    });
    expect(viewerAsks).toEqual({ label: "balance_of", answer: "1000000" });
    await expect(
      askMessage({
        actor: actor(viewer),
        input: { deploymentId: id, action: "balance-of", answers: { owner: "nope" } },
      }),
    ).rejects.toMatchObject({ code: "BAD_INPUT", fields: { owner: [expect.any(String)] } });
    await expect(
      askMessage({ actor: actor(viewer), input: { deploymentId: id, action: "transfer", answers: {} } }),
    ).rejects.toMatchObject({
      code: "BAD_INPUT",
      userMessage: "“transfer” is not a read-only message of this contract.",
    });

    const live = await getInstanceQueries({ actor: actor(owner), id });
    expect(live.values.find((v) => v.id === "total-supply")).toMatchObject({ ok: true });

    // A viewer may not act; a stranger does not even find it.
    const attempt = (p: Person) =>
      prepareAction({
        actor: actor(p),
        input: {
          deploymentId: id,
          action: "transfer",
          answers: { to: viewer.address, value: "250" },
          idempotencyKey: idempotencyKey(),
        },
      });
    await expect(attempt(viewer)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attempt(stranger)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getInstance({ actorId: stranger.id, id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      askMessage({ actor: actor(stranger), input: { deploymentId: id, action: "total-supply", answers: {} } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    // More than the owner has: the dry-run refuses in the contract's words, nothing stored.
    await expect(
      prepareAction({
        actor: actor(owner),
        input: {
          deploymentId: id,
          action: "transfer",
          answers: { to: viewer.address, value: "5000000" },
          idempotencyKey: idempotencyKey(),
        },
      }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });

    const key = idempotencyKey();
    const prepared = await prepareAction({
      actor: actor(owner),
      input: {
        deploymentId: id,
        action: "transfer",
        answers: { to: viewer.address, value: "250" },
        idempotencyKey: key,
      },
    });
    expect(prepared.summary).toMatchObject({ title: "transfer", fee: expect.stringMatching(/PAS$/) });
    await submitSignature({
      actorId: owner.id,
      input: {
        deploymentId: id,
        kind: actionKind(key),
        signature: walletSignPayload(api, owner.pair, prepared.payload!),
      },
      tracker,
    });
    const after = await waitForDeployment(id, (d) => d.contractEvents.some((e) => e.name === "Transfer"), 180_000);
    expect(after.transactions.find((t) => t.kind === actionKind(key))?.status).not.toBe("failed");
    expect(after.contractEvents.filter((e) => e.name === "Transfer").map((e) => JSON.parse(e.args))).toEqual([
      { from: owner.address, to: viewer.address, value: 250 },
    ]);
    expect(
      await askMessage({
        actor: actor(viewer),
        input: { deploymentId: id, action: "balance-of", answers: { owner: viewer.address } },
      }),
    ).toEqual({ label: "balance_of", answer: "250" });
  });
});
