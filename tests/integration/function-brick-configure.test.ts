// Configure and connect a function brick (issue 13), through the services the pages call: the targets
// offered are the team's own live oracle deployments (roles checked in the query), a test run shows the
// call before anything is saved, bad answers and other teams' contracts are refused by field with
// nothing written, the save keeps secrets write-only, the authorization step offers the oracle's
// add-reporter action with the automation account, and "Run now" delivers a value whose receipt
// verifies — while viewers only watch and strangers see nothing.
import { mkdtemp, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeArgs } from "@/lib/bricks/abi-mapping";
import { loadBrick } from "@/lib/bricks/load-brick";
import { db } from "@/lib/db";
import { createFunctionInstance } from "@/lib/functions/bricks/create-function-instance";
import { getAuthorizeAction } from "@/lib/functions/bricks/get-authorize-action";
import { getFunctionInstance } from "@/lib/functions/bricks/get-function-instance";
import { listFeedTargets } from "@/lib/functions/bricks/list-feed-targets";
import { fundAutomationAccount, runFunctionNow, setFunctionEnabled } from "@/lib/functions/bricks/operate-function";
import { testRunInstance } from "@/lib/functions/bricks/test-run";
import { testRunDraft } from "@/lib/functions/bricks/test-run-draft";
import { verifyFunctionRun } from "@/lib/functions/bricks/verify-function-run";
import { openBoss } from "@/lib/functions/jobs/open-boss";
import { startPgliteHost } from "@/lib/functions/jobs/pglite-host";
import { indexNetworkEvents } from "@/lib/deployments/events/index-network-events";
import { accountKey } from "@/lib/deployments/events/describe-event";
import { finalizedNumber } from "@/lib/chain/find-extrinsic";
import { dispatchEventRuns } from "@/lib/functions/events/dispatch-event-runs";
import type { TSignedReceipt } from "@/lib/functions/receipts";
import { editFunctionInstance } from "@/lib/functions/config-versions/edit-function-instance";
import { listEventSources } from "@/lib/functions/events/event-sources";
import { publishBricksFromDirs } from "@/lib/setup/publish-bricks-from-dirs";
import { deploy, query, readBundle, send } from "@/bricks/_kit/tests/support/chain";
import { closeTestApi, getDevAccounts, getTestApi, testChainWs } from "@/tests/support/chain";
import { startPriceApi, startWorkerProcess, waitFor, type TWorkerProc } from "./functions-fixture";
import { makeTeam, type Fixture } from "./teams-fixture";

const BRICKS = path.resolve(import.meta.dirname, "../../bricks");
const ORACLE_BUNDLE = path.join(BRICKS, "price-feed-oracle/dist/price-feed-oracle.contract");
const CONSUMER_BUNDLE = path.join(BRICKS, "_examples/consumer/dist/consumer.contract");

let team: Fixture;
let other: Fixture;
let priceApi: Awaited<ReturnType<typeof startPriceApi>>;
let seedDir: string;
let jobsDir: string;
let host: Awaited<ReturnType<typeof startPgliteHost>>;
let boss: PgBoss;
let worker: TWorkerProc;
let targetId: string;
let otherTargetId: string;
let oracle: Awaited<ReturnType<typeof deploy>>;

const SECRET = "k3y-never-shown";
const input = () => ({ url: `${priceApi.url}?tag=configure`, path: "price", decimals: 8 });

beforeAll(async () => {
  process.env.FUNCTIONS_TEST_ALLOW_PRIVATE = "1"; // the test-only setting that lets functions reach the local API
  seedDir = await mkdtemp(path.join(os.tmpdir(), "brickyard-fn-configure-"));
  for (const slug of ["api-price-feed", "price-feed-oracle"])
    await symlink(path.join(BRICKS, slug), path.join(seedDir, slug));
  await publishBricksFromDirs(db, [seedDir], () => {});
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  priceApi = await startPriceApi();
  jobsDir = await mkdtemp(path.join(os.tmpdir(), "brickyard-fn-configure-jobs-"));
  host = await startPgliteHost(jobsDir);
  boss = await openBoss({ url: host.url, schedule: false, max: 2 });
  const workerStarting = startWorkerProcess("cfg1", host.url);

  const api = await getTestApi();
  const { alice } = await getDevAccounts();
  const network = await db.network.create({
    data: {
      slug: "fn-configure-chain",
      name: "Configure test chain",
      rpcUrl: testChainWs(),
      tokenSymbol: "PAS",
      decimals: 10,
      isDevChain: true,
    },
  });
  const loaded = await loadBrick(path.join(BRICKS, "price-feed-oracle"));
  if (!loaded.ok) throw new Error("price-feed-oracle does not load");
  const consumer = await deploy(api, readBundle(CONSUMER_BUNDLE), alice, "new", []);
  const answers = { description: "DOT / USD", decimals: 8, reporters: [alice.address], consumer: consumer.address };
  const args = encodeArgs(loaded.brick.manifest, loaded.brick.bundle, answers, { signer: alice.address });
  oracle = await deploy(api, readBundle(ORACLE_BUNDLE), alice, "new", args);
  await send(consumer.contract, alice, "set_feed", [oracle.address]);
  const version = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug: "price-feed-oracle" } } });
  const row = (t: Fixture, name: string, address: string) =>
    db.deployment.create({
      data: {
        idempotencyKey: `${t.slug}-${name}`,
        teamId: t.teamId,
        createdById: t.users.owner,
        brickVersionId: version.id,
        networkId: network.id,
        name,
        config: JSON.stringify(answers),
        constructorName: "new",
        args: "[]",
        salt: "0x00",
        status: "linked",
        address,
      },
    });
  targetId = (await row(team, "DOT oracle", oracle.address)).id;
  otherTargetId = (await row(other, "Their oracle", oracle.address)).id;
  worker = await workerStarting;
}, 240_000);

afterAll(async () => {
  await worker?.stop();
  await boss?.stop({ graceful: false, close: true });
  await host?.close();
  await priceApi?.close();
  await rm(seedDir, { recursive: true, force: true });
  await rm(jobsDir, { recursive: true, force: true });
  await closeTestApi();
});

describe("configure and connect a function brick", () => {
  it("offers only the team's own live deployments of a brick the function feeds, to roles that may configure", async () => {
    const feeds = ["price-feed-oracle"];
    expect((await listFeedTargets({ actorId: team.users.deployer, feeds })).map((t) => t.id)).toEqual([targetId]);
    expect(await listFeedTargets({ actorId: team.users.viewer, feeds })).toEqual([]);
    expect(await listFeedTargets({ actorId: team.users.stranger, feeds })).toEqual([]);
    expect(await listFeedTargets({ actorId: team.users.deployer, feeds: ["escrow"] })).toEqual([]);
  });

  it("test-runs the answers before saving: the web request, the output and the call, nothing written", async () => {
    priceApi.state.price = "6.5";
    const before = await db.functionInstance.count();
    const test = await testRunDraft({
      actorId: team.users.deployer,
      draft: { slug: "api-price-feed", input: input(), secrets: { API_KEY: SECRET }, targetId },
    });
    expect(test).toMatchObject({
      ok: true,
      output: { value: 650_000_000 },
      call: { message: "report", args: ["650000000"] },
    });
    expect(test.http).toEqual([expect.objectContaining({ method: "GET", status: 200 })]);
    expect(test.dryRun).toMatch(/^It would call report\(650000000\) on “DOT oracle”/);
    expect(JSON.stringify(test)).not.toContain(SECRET);
    expect(await db.functionInstance.count()).toBe(before);
  });

  it("refuses wrong answers and other teams' contracts by field, writing nothing", async () => {
    const before = await db.functionInstance.count();
    const save = (actorId: string, over: Record<string, unknown>) =>
      createFunctionInstance({
        actorId,
        jobs: boss,
        input: {
          slug: "api-price-feed",
          name: "x",
          schedule: "manual",
          input: input(),
          secrets: {},
          targetId,
          ...over,
        } as never,
      });
    await expect(save(team.users.deployer, { input: { ...input(), decimals: 40 } })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { "input.decimals": [expect.any(String)] },
    });
    await expect(save(team.users.deployer, { targetId: otherTargetId })).rejects.toMatchObject({
      fields: { targetId: [expect.any(String)] },
    });
    await expect(save(team.users.viewer, {})).rejects.toMatchObject({ fields: { targetId: [expect.any(String)] } });
    await expect(save(team.users.deployer, { secrets: { OTHER: "x" } })).rejects.toMatchObject({
      fields: { "secrets.OTHER": [expect.any(String)] },
    });
    expect(await db.functionInstance.count()).toBe(before);
  });

  it(
    "saves, authorizes, runs now, delivers on chain and verifies the run; viewers watch, strangers see nothing",
    { timeout: 180_000 },
    async () => {
      const saved = await createFunctionInstance({
        actorId: team.users.deployer,
        jobs: boss,
        input: {
          slug: "api-price-feed",
          name: "DOT price",
          schedule: "manual",
          input: input(),
          secrets: { API_KEY: SECRET },
          targetId,
        },
      });
      const stored = await db.functionSecret.findMany({ where: { instanceId: saved.id } });
      expect(stored.map((s) => s.name)).toEqual(["API_KEY"]);
      expect(JSON.stringify(stored)).not.toContain(SECRET);

      const seen = await getFunctionInstance({ actorId: team.users.viewer, id: saved.id });
      expect(seen).toMatchObject({
        status: "active",
        secretNames: ["API_KEY"],
        canOperate: false,
        automationAccount: saved.automationAccount,
      });
      expect(JSON.stringify(seen)).not.toContain(SECRET);
      await expect(getFunctionInstance({ actorId: other.users.owner, id: saved.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(
        runFunctionNow({ actorId: team.users.viewer, instanceId: saved.id, jobs: boss }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        setFunctionEnabled({ actorId: other.users.owner, instanceId: saved.id, enabled: false, jobs: boss }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });

      // The authorization step: the oracle's own "Add a reporter" action, with the automation account filled in.
      const row = await db.functionInstance.findUniqueOrThrow({ where: { id: saved.id } });
      const authorize = await getAuthorizeAction({ ...row, automationAccount: saved.automationAccount });
      expect(authorize).toMatchObject({ id: "add-reporter", defaults: { who: saved.automationAccount } });
      const api = await getTestApi();
      expect((await testRunInstance(api, saved.id)).dryRun).toMatch(/would refuse report/);
      const { alice } = await getDevAccounts();
      await send(oracle.contract, alice, "add_reporter", [saved.automationAccount]); // what the owner's wallet signs
      expect(await fundAutomationAccount({ actorId: team.users.deployer, instanceId: saved.id })).toMatchObject({
        message: expect.stringMatching(/sent/),
      });
      expect((await testRunInstance(api, saved.id)).dryRun).toMatch(/would accept report\(650000000\)/);

      priceApi.state.price = "7.25";
      expect(await runFunctionNow({ actorId: team.users.deployer, instanceId: saved.id, jobs: boss })).toEqual({
        queued: true,
      });
      const run = await waitFor(
        "the run delivered",
        () =>
          db.functionRun.findFirst({
            where: { instanceId: saved.id, delivery: { status: { in: ["in_block", "finalized"] } } },
          }),
        120_000,
      );
      const latest = (await query(oracle.contract, alice.address, "latest", [])).output as {
        ok: [string | number, number];
      };
      expect(String(latest.ok[0]).replace(/,/g, "")).toBe("725000000");
      const page = await getFunctionInstance({ actorId: team.users.viewer, id: saved.id });
      expect(page.runs[0]).toMatchObject({
        status: "succeeded",
        delivery: { status: expect.stringMatching(/in_block|finalized/), extrinsicHash: expect.stringMatching(/^0x/) },
      });
      expect(
        await verifyFunctionRun({ actorId: team.users.viewer, instanceId: saved.id, runId: run.id }),
      ).toMatchObject({ signature: true, reproduced: true });
      await expect(
        verifyFunctionRun({ actorId: other.users.owner, instanceId: saved.id, runId: run.id }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });

      await setFunctionEnabled({ actorId: team.users.deployer, instanceId: saved.id, enabled: false, jobs: boss });
      expect((await getFunctionInstance({ actorId: team.users.deployer, id: saved.id })).status).toBe("paused");
    },
  );

  it(
    "runs once per finalized event of the oracle (the authorization's ReporterAdded), delivers and verifies; paused: no run",
    { timeout: 180_000 },
    async () => {
      const api = await getTestApi();
      const { alice, bob } = await getDevAccounts();
      const linked = await db.deployment.findUniqueOrThrow({ where: { id: targetId } });
      // The tracker indexes the events of deployments it saw land on chain ("finalized").
      const watched = await db.deployment.create({
        data: { ...deploymentCopy(linked), idempotencyKey: `${team.slug}-watched`, name: "DOT oracle (watched)" },
      });
      const save = (over: Record<string, unknown>) =>
        createFunctionInstance({
          actorId: team.users.deployer,
          jobs: boss,
          input: {
            slug: "api-price-feed",
            name: "On event",
            schedule: "on-event",
            input: input(),
            secrets: {},
            targetId: watched.id,
            ...over,
          } as never,
        });
      // Event sources: the target, and the team's contracts linked to it (their settings name its address).
      const near = (name: string, config: unknown) =>
        db.deployment.create({
          data: {
            ...deploymentCopy(linked),
            idempotencyKey: `${team.slug}-${name}`,
            name,
            config: JSON.stringify(config),
            address: bob.address,
          },
        });
      const consumerRow = await near("My consumer", { feed: oracle.address });
      await near("Unrelated", { feed: alice.address });
      expect(
        (await listEventSources(watched)).map((s) => [s.name, s.relation, s.events.includes("ReporterAdded")]),
      ).toEqual([
        ["DOT oracle (watched)", "target", true],
        ["My consumer", "linked", true],
      ]);
      expect((await listEventSources(watched, ["target"])).map((s) => s.id)).toEqual([watched.id]);
      await db.deployment.delete({ where: { id: consumerRow.id } });
      const before = await db.functionInstance.count();
      await expect(save({})).rejects.toMatchObject({ fields: { "event.name": [expect.any(String)] } });
      await expect(save({ event: { sourceId: watched.id, name: "NoSuchEvent" } })).rejects.toMatchObject({
        fields: { "event.name": [expect.stringMatching(/has no event "NoSuchEvent"/)] },
      });
      await expect(save({ event: { sourceId: otherTargetId, name: "ReporterAdded" } })).rejects.toMatchObject({
        fields: { "event.sourceId": [expect.any(String)] },
      });
      expect(await db.functionInstance.count()).toBe(before);
      const saved = await save({ event: { sourceId: watched.id, name: "ReporterAdded" } });
      expect(await db.functionInstance.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
        schedule: null,
        eventSourceId: watched.id,
        eventName: "ReporterAdded",
      });
      await fundAutomationAccount({ actorId: team.users.deployer, instanceId: saved.id });
      // Index from here on (the network's cursor at the finalized head), as a running tracker would be.
      const network = await db.network.findUniqueOrThrow({ where: { id: linked.networkId } });
      const head = await finalizedNumber(api);
      const headHash = (await api.rpc.chain.getBlockHash(head)).toHex();
      await db.contractEventCursor.upsert({
        where: { networkId: network.id },
        create: { networkId: network.id, blockNumber: head, blockHash: headHash },
        update: { blockNumber: head, blockHash: headHash },
      });
      const indexTo = async (n: number) => {
        for (;;) {
          await indexNetworkEvents(api, network);
          const cursor = await db.contractEventCursor.findUniqueOrThrow({ where: { networkId: network.id } });
          if (cursor.blockNumber >= n) return;
        }
      };

      // The authorization step, signed by the oracle's owner, emits ReporterAdded: that starts the run.
      priceApi.state.price = "8.5";
      await send(oracle.contract, alice, "add_reporter", [saved.automationAccount]);
      await indexTo(await finalizedNumber(api));
      expect(await dispatchEventRuns(boss)).toBe(1);
      const run = await waitFor(
        "the event run delivered",
        () =>
          db.functionRun.findFirst({
            where: { instanceId: saved.id, delivery: { status: { in: ["in_block", "finalized"] } } },
          }),
        120_000,
      );
      expect(run).toMatchObject({ trigger: "event", status: "succeeded", configVersion: 1 });
      const event = (JSON.parse(run.input!) as { event: { args: { who: string }; blockNumber: number } }).event;
      expect(event).toMatchObject({ name: "ReporterAdded", contract: oracle.address, blockNumber: expect.any(Number) });
      expect(accountKey(event.args.who)).toBe(accountKey(saved.automationAccount));
      expect(JSON.parse(run.logs)).toContain(`started by ReporterAdded in block ${event.blockNumber}`);
      const latest = (await query(oracle.contract, alice.address, "latest", [])).output as {
        ok: [string | number, number];
      };
      expect(String(latest.ok[0]).replace(/,/g, "")).toBe("850000000");
      const receipt = JSON.parse(run.receipt!) as TSignedReceipt;
      expect(receipt.receipt.context).toMatchObject({ instanceId: saved.id, configVersion: 1 });
      expect(
        await verifyFunctionRun({ actorId: team.users.viewer, instanceId: saved.id, runId: run.id }),
      ).toMatchObject({ signature: true, reproduced: true });

      // A restart that indexes the same blocks again and dispatches again: still exactly one run.
      await db.contractEventCursor.update({
        where: { networkId: network.id },
        data: { blockNumber: head, blockHash: headHash },
      });
      await indexTo(event.blockNumber);
      expect(await dispatchEventRuns(boss)).toBe(0);
      expect(await db.functionEventTrigger.count({ where: { instanceId: saved.id } })).toBe(1);

      // Paused: the next ReporterAdded queues nothing and runs nothing.
      await setFunctionEnabled({ actorId: team.users.deployer, instanceId: saved.id, enabled: false, jobs: boss });
      await send(oracle.contract, alice, "add_reporter", [bob.address]);
      await indexTo(await finalizedNumber(api));
      expect(await dispatchEventRuns(boss)).toBe(0);
      expect(await db.functionEventTrigger.count({ where: { instanceId: saved.id } })).toBe(1);
      expect(await db.functionRun.count({ where: { instanceId: saved.id } })).toBe(1);
    },
  );
});

describe("edit a function's configuration", () => {
  it(
    "saves each edit as a version with the changes in words, keeps empty secrets, runs record their version; viewers and strangers cannot",
    { timeout: 120_000 },
    async () => {
      const saved = await createFunctionInstance({
        actorId: team.users.deployer,
        jobs: boss,
        input: {
          slug: "api-price-feed",
          name: "Edited feed",
          schedule: "manual",
          input: input(),
          secrets: { API_KEY: SECRET },
          targetId,
        },
      });
      const edit = (actorId: string, over: Record<string, unknown> = {}) =>
        editFunctionInstance({
          actorId,
          jobs: boss,
          input: {
            instanceId: saved.id,
            name: "Edited feed",
            schedule: "manual",
            input: input(),
            secrets: { API_KEY: "" },
            ...over,
          } as never,
        });
      const sealed = async () =>
        (await db.functionSecret.findFirstOrThrow({ where: { instanceId: saved.id } })).ciphertext;
      const sealedBefore = await sealed();
      await expect(edit(team.users.viewer, { name: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(edit(other.users.owner, { name: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(edit(team.users.deployer, { input: { ...input(), decimals: 40 } })).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { "input.decimals": [expect.any(String)] },
      });
      await expect(edit(team.users.deployer, { schedule: "on-event" })).rejects.toMatchObject({
        fields: { "event.name": [expect.any(String)] },
      });
      expect(await db.functionInstance.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
        configVersion: 1,
        name: "Edited feed",
      });

      // Inputs and trigger changed, the secret field left empty: version 2, the secret kept as it was.
      const v2 = await edit(team.users.deployer, {
        name: "DOT feed",
        schedule: "hourly",
        input: { ...input(), path: "$.price", thresholdPercent: 1 },
      });
      expect(v2).toMatchObject({ version: 2 });
      expect(v2.changes).toEqual([
        "Name: Edited feed → DOT feed",
        "path: price → $.price",
        "thresholdPercent: 0 → 1",
        "When it runs: only on “Run now” → Every hour, on the hour",
      ]);
      expect(await sealed()).toBe(sealedBefore);
      // A new secret value: named in the history, never shown.
      const v3 = await edit(team.users.owner, {
        name: "DOT feed",
        schedule: "hourly",
        input: { ...input(), path: "$.price", thresholdPercent: 1 },
        secrets: { API_KEY: "n3w-secret-value" },
      });
      expect(v3).toMatchObject({ version: 3, changes: ["Secret API_KEY replaced"] });
      expect(await sealed()).not.toBe(sealedBefore);

      const page = await getFunctionInstance({ actorId: team.users.viewer, id: saved.id });
      expect(page).toMatchObject({ configVersion: 3, canEdit: false, scheduleWords: "Every hour, on the hour" });
      expect(page.history.map((h) => [h.version, h.changes.length])).toEqual([
        [3, 1],
        [2, 4],
        [1, 1],
      ]);
      expect(page.history[0].by).toEqual(expect.any(String));
      const versions = await db.functionConfigVersion.findMany({ where: { instanceId: saved.id } });
      expect(JSON.stringify([page, versions])).not.toMatch(/n3w-secret-value|k3y-never-shown/);
      expect((await getFunctionInstance({ actorId: team.users.deployer, id: saved.id })).canEdit).toBe(true);

      // A run records the version it used, and its signed receipt names it.
      await runFunctionNow({ actorId: team.users.deployer, instanceId: saved.id, jobs: boss });
      const run = await waitFor(
        "the run finished",
        () => db.functionRun.findFirst({ where: { instanceId: saved.id, status: { in: ["succeeded", "failed"] } } }),
        60_000,
      );
      expect(run.configVersion).toBe(3);
      expect((JSON.parse(run.receipt!) as TSignedReceipt).receipt.context).toMatchObject({ configVersion: 3 });
    },
  );
});

/** A deployment row's columns, to make a "finalized" twin of the same contract for the tracker. */
function deploymentCopy(d: Awaited<ReturnType<typeof db.deployment.findUniqueOrThrow>>) {
  return {
    teamId: d.teamId,
    createdById: d.createdById,
    brickVersionId: d.brickVersionId,
    networkId: d.networkId,
    config: d.config,
    constructorName: d.constructorName,
    args: d.args,
    salt: d.salt,
    address: d.address,
    status: "finalized",
  };
}
