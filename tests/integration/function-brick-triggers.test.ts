// Function triggers and the query URL (issue 13, part 2), through the services and route handlers the
// app serves, on the shared dev chain and DB with a real worker process on a PGlite jobs database:
// - signup-allowlist as a webhook brick: a signed call runs the function through the job queue and
//   adds the body's account to an allowlist registry on chain; wrong, old, replayed and misfit calls
//   are refused with plain 4xx messages and queue nothing; another team's secret does not pass, and
//   another team cannot create or see the secret (shown once, stored sealed);
// - api-price-feed's query URL: token-required refuses no/wrong/other team's token, answers with
//   the team's own; public answers anyone; input validated; never touches the chain;
// - a yanked function brick version stops its scheduled instance, with a notice in the team history.
import { mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createFunctionInstance } from "@/lib/functions/bricks/create-function-instance";
import { getFunctionBrick } from "@/lib/functions/bricks/get-function-brick";
import { getFunctionInstance } from "@/lib/functions/bricks/get-function-instance";
import { instantiateFunctionBrick } from "@/lib/functions/bricks/instantiate";
import { runFunctionNow, setFunctionEnabled } from "@/lib/functions/bricks/operate-function";
import { testRunInstance } from "@/lib/functions/bricks/test-run";
import { verifyFunctionRun } from "@/lib/functions/bricks/verify-function-run";
import { enqueueNextSlot } from "@/lib/functions/jobs/enqueue-run";
import { openBoss } from "@/lib/functions/jobs/open-boss";
import { startPgliteHost } from "@/lib/functions/jobs/pglite-host";
import { runJob } from "@/lib/functions/jobs/run-job";
import { setQueryAccess } from "@/lib/functions/queries/set-query-access";
import { createWebhookSecret } from "@/lib/functions/webhooks/create-webhook-secret";
import { receiveWebhook } from "@/lib/functions/webhooks/receive-webhook";
import { signWebhook } from "@/lib/functions/webhooks/sign-webhook";
import { publishVersion } from "@/lib/publishing/publish-version";
import { setVersionStatus } from "@/lib/publishing/set-version-status";
import { publishBricksFromDirs } from "@/lib/setup/publish-bricks-from-dirs";
import { POST as webhookRoute } from "@/app/api/functions/[id]/webhook/route";
import { GET as queryGet, POST as queryPost } from "@/app/api/functions/[id]/query/route";
import { deploy, query, readBundle, send } from "@/bricks/_kit/tests/support/chain";
import { closeTestApi, getDevAccounts, getTestApi, sendAndWait, testChainWs } from "@/tests/support/chain";
import { startWorkerProcess, waitFor, type TWorkerProc } from "./functions-fixture";
import { makePerson, REPORT, slugFor } from "./publish-fixture";
import { makeTeam, type Fixture } from "./teams-fixture";

const BRICKS = path.resolve(import.meta.dirname, "../../bricks");
const REGISTRY_BUNDLE = path.join(BRICKS, "allowlist-registry/dist/allowlist-registry.contract");
const BOB = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";

let team: Fixture;
let other: Fixture;
let seedDir: string;
let jobsDir: string;
let host: Awaited<ReturnType<typeof startPgliteHost>>;
let boss: PgBoss;
let worker: TWorkerProc;
let registry: Awaited<ReturnType<typeof deploy>>;
let instanceId: string;
let otherInstanceId: string;

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const now = () => Math.floor(Date.now() / 1000);

/** A webhook call as a sender makes it: the raw body, signed with `secret` at `ts`. */
function call(id: string, secret: string, body: string, ts = now(), over: Record<string, string> = {}) {
  return new Request(`http://localhost/api/functions/${id}/webhook`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "brickyard-timestamp": String(ts),
      "brickyard-signature": signWebhook(secret, ts, body),
      "x-forwarded-for": "203.0.113.7",
      ...over,
    },
    body,
  });
}

beforeAll(async () => {
  seedDir = await mkdtemp(path.join(os.tmpdir(), "brickyard-fn-triggers-"));
  for (const slug of ["signup-allowlist", "allowlist-registry", "api-price-feed", "price-feed-oracle"])
    await symlink(path.join(BRICKS, slug), path.join(seedDir, slug));
  await publishBricksFromDirs(db, [seedDir], () => {});
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  jobsDir = await mkdtemp(path.join(os.tmpdir(), "brickyard-fn-triggers-jobs-"));
  host = await startPgliteHost(jobsDir);
  boss = await openBoss({ url: host.url, schedule: false, max: 2 });
  const workerStarting = startWorkerProcess("trg1", host.url);

  const api = await getTestApi();
  const { alice } = await getDevAccounts();
  const network = await db.network.create({
    data: {
      slug: "fn-triggers-chain",
      name: "Triggers test chain",
      rpcUrl: testChainWs(),
      tokenSymbol: "PAS",
      decimals: 10,
      isDevChain: true,
    },
  });
  // An empty list to start with (the constructor's one argument).
  registry = await deploy(api, readBundle(REGISTRY_BUNDLE), alice, "new", [[]]);
  const version = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug: "allowlist-registry" } } });
  const row = (t: Fixture, name: string) =>
    db.deployment.create({
      data: {
        idempotencyKey: `${t.slug}-${name}`,
        teamId: t.teamId,
        createdById: t.users.owner,
        brickVersionId: version.id,
        networkId: network.id,
        name,
        config: JSON.stringify({ members: [] }),
        constructorName: "new",
        args: "[]",
        salt: "0x00",
        status: "finalized",
        address: registry.address,
      },
    });
  const [mine, theirs] = await Promise.all([row(team, "Members list"), row(other, "Their list")]);
  const save = (t: Fixture, targetId: string) =>
    createFunctionInstance({
      actorId: t.users.deployer,
      jobs: boss,
      input: { slug: "signup-allowlist", name: "Sign-ups", schedule: "manual", input: {}, secrets: {}, targetId },
    });
  const [saved, theirSaved] = await Promise.all([save(team, mine.id), save(other, theirs.id)]);
  instanceId = saved.id;
  otherInstanceId = theirSaved.id;
  // The authorization step for this brick: the list's owner hands it over to the automation account.
  await send(registry.contract, alice, "transfer_ownership", [saved.automationAccount]);
  await sendAndWait(api.tx.balances.transferKeepAlive(saved.automationAccount, 10n ** 13n), alice);
  worker = await workerStarting;
}, 240_000);

afterAll(async () => {
  await worker?.stop();
  await boss?.stop({ graceful: false, close: true });
  await host?.close();
  await rm(seedDir, { recursive: true, force: true });
  await rm(jobsDir, { recursive: true, force: true });
  await closeTestApi();
});

describe("webhook trigger", () => {
  let secret: string;
  let theirSecret: string;

  it("creates the secret for operators only, shows it once and stores it sealed", async () => {
    await expect(createWebhookSecret({ actorId: team.users.viewer, instanceId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(createWebhookSecret({ actorId: other.users.owner, instanceId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const created = await createWebhookSecret({ actorId: team.users.deployer, instanceId });
    secret = created.secret;
    expect(created).toMatchObject({ path: `/api/functions/${instanceId}/webhook`, replaced: false });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    theirSecret = (await createWebhookSecret({ actorId: other.users.deployer, instanceId: otherInstanceId })).secret;
    const stored = await db.functionWebhook.findUniqueOrThrow({ where: { instanceId } });
    expect(JSON.stringify(stored)).not.toContain(secret.slice(6));
    const page = await getFunctionInstance({ actorId: team.users.owner, id: instanceId });
    expect(page.webhook).toMatchObject({ path: `/api/functions/${instanceId}/webhook`, createdAt: expect.any(Date) });
    expect(JSON.stringify(page)).not.toContain(secret.slice(6));
    const history = await db.auditLogEntry.findMany({
      where: { teamId: team.teamId, action: "function.webhook.create" },
    });
    expect(history).toHaveLength(1);
    expect(JSON.stringify(history)).not.toContain(secret.slice(6));
  });

  it("refuses wrong, old, misfit, oversized and other teams' calls with plain 4xx, queuing nothing", async () => {
    const body = JSON.stringify({ address: BOB });
    const refuse = async (req: Request, status: number, message: RegExp) => {
      const res = await webhookRoute(req, ctx(instanceId));
      const json = (await res.json()) as { error: { message: string; fields?: Record<string, string[]> } };
      expect({ status: res.status, message: json.error.message }).toEqual({
        status,
        message: expect.stringMatching(message),
      });
      return json.error;
    };
    await refuse(call(instanceId, "whsec_wrong", body), 401, /does not match this webhook's secret/);
    await refuse(call(instanceId, theirSecret, body), 401, /does not match/);
    await refuse(call(instanceId, secret, body, now() - 301), 401, /older than 5 minutes/);
    await refuse(call(instanceId, secret, body, now() + 400), 401, /in the future/);
    const unsigned = call(instanceId, secret, body);
    unsigned.headers.delete("brickyard-signature");
    await refuse(unsigned, 401, /Sign the call/);
    // Signed right, but the body changed on the way.
    const ts = now();
    const tampered = new Request(`http://localhost/x`, {
      method: "POST",
      headers: { "brickyard-timestamp": String(ts), "brickyard-signature": signWebhook(secret, ts, body) },
      body: JSON.stringify({ address: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY" }),
    });
    await refuse(tampered, 401, /does not match/);
    const misfit = await refuse(call(instanceId, secret, JSON.stringify({ address: "nope" })), 422, /address/);
    expect(Object.keys(misfit.fields ?? {})).toEqual(["body.address"]);
    await refuse(call(instanceId, secret, "{not json"), 400, /not valid JSON/);
    await refuse(call(instanceId, secret, JSON.stringify({ address: BOB, pad: "x".repeat(70_000) })), 413, /64 KB/);
    // Another team's instance, signed with this team's secret.
    const res = await webhookRoute(call(otherInstanceId, secret, body), ctx(otherInstanceId));
    expect(res.status).toBe(401);
    await expect(
      webhookRoute(call("no-such-instance-123", secret, body), ctx("no-such-instance-123")),
    ).resolves.toHaveProperty("status", 404);
    expect(await db.functionWebhookCall.count({ where: { instanceId: { in: [instanceId, otherInstanceId] } } })).toBe(
      0,
    );
    expect(await db.functionRun.count({ where: { instanceId } })).toBe(0);
  });

  it(
    "runs a signed call through the job queue, adds the account on chain, and refuses its replay",
    { timeout: 180_000 },
    async () => {
      // Before going live: the test run uses the brick's example body, and the list would accept the call.
      const test = await testRunInstance(await getTestApi(), instanceId);
      expect(test.logs.join("\n")).toContain(`adding ${BOB}`);
      expect(test.dryRun).toMatch(/^The contract would accept add\(/);
      expect(await db.functionRun.count({ where: { instanceId } })).toBe(0);

      const body = JSON.stringify({ address: BOB, email: "bob@example.com" });
      const ts = now();
      const accepted = await receiveWebhook({
        instanceId,
        headers: call(instanceId, secret, body, ts).headers,
        body: new TextEncoder().encode(body),
        ip: "203.0.113.7",
        jobs: boss,
      });
      expect(accepted).toMatchObject({ accepted: true, jobId: expect.any(String) });
      const run = await waitFor(
        "the webhook run delivered",
        () =>
          db.functionRun.findFirst({
            where: { instanceId, delivery: { status: { in: ["in_block", "finalized"] } } },
            include: { delivery: true },
          }),
        120_000,
      );
      expect(run).toMatchObject({ trigger: "webhook", status: "succeeded", delivery: { message: "add" } });
      expect(JSON.parse(run.input!)).toEqual({ webhook: { address: BOB, email: "bob@example.com" } });
      const { alice } = await getDevAccounts();
      expect((await query(registry.contract, alice.address, "is_allowed", [BOB])).output).toEqual({ ok: true });
      expect(await verifyFunctionRun({ actorId: team.users.viewer, instanceId, runId: run.id })).toMatchObject({
        signature: true,
        reproduced: true,
      });

      // The same call again (a replay): refused before anything is queued.
      const replay = await webhookRoute(call(instanceId, secret, body, ts), ctx(instanceId));
      expect(replay.status).toBe(409);
      expect(((await replay.json()) as { error: { message: string } }).error.message).toMatch(/already received/);
      expect(await db.functionWebhookCall.count({ where: { instanceId } })).toBe(1);
      expect(await db.functionRun.count({ where: { instanceId } })).toBe(1);

      // A new secret replaces the old one at once.
      const rotated = await createWebhookSecret({ actorId: team.users.owner, instanceId });
      expect(rotated.replaced).toBe(true);
      const late = await webhookRoute(call(instanceId, secret, JSON.stringify({ address: BOB })), ctx(instanceId));
      expect(late.status).toBe(401);
    },
  );
});

describe("query URL", () => {
  let feedId: string;
  let token: string;
  let otherToken: string;

  beforeAll(async () => {
    const brick = await getFunctionBrick("api-price-feed");
    const { instance } = await instantiateFunctionBrick({
      brick: brick!,
      teamId: team.teamId,
      name: "DOT price",
      input: { url: "https://prices.example.com/dot", path: "price", decimals: 8 },
    });
    feedId = instance.id;
    // What a run leaves behind (the price-feed test covers the run itself).
    await db.functionInstance.update({
      where: { id: feedId },
      data: { state: JSON.stringify({ last: "712345679", at: Date.UTC(2026, 10, 29, 12) }) },
    });
    token = (await createApiToken({ actorId: team.users.owner, teamId: team.teamId, name: "query" })).token;
    otherToken = (await createApiToken({ actorId: other.users.owner, teamId: other.teamId, name: "their query" }))
      .token;
  });

  const get = (id: string, qs = "", auth?: string) =>
    queryGet(
      new Request(`http://localhost/api/functions/${id}/query${qs}`, {
        headers: { "x-forwarded-for": "203.0.113.8", ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      }),
      ctx(id),
    );

  it("asks for the team's own API token by default: none, a wrong one and another team's are refused", async () => {
    expect((await get(feedId)).status).toBe(401);
    const wrong = await get(feedId, "", "byd_nottherighttoken000000000000000000000");
    expect(wrong.status).toBe(401);
    const theirs = await get(feedId, "", otherToken);
    expect(theirs.status).toBe(403);
    expect(((await theirs.json()) as { error: { message: string } }).error.message).toMatch(/another team/);
    const ok = await get(feedId, "?unit=usd", token);
    expect(ok.status).toBe(200);
    const answer = (await ok.json()) as { answer: unknown; ms: number };
    expect(answer.answer).toEqual({
      reported: true,
      value: "712345679",
      price: "7.12345679",
      decimals: 8,
      at: "2026-11-29T12:00:00.000Z",
    });
    expect(answer.ms).toBeLessThan(2000);
  });

  it("answers anyone once the team makes it public; checks the input; only operators choose", async () => {
    await expect(
      setQueryAccess({ actorId: team.users.viewer, instanceId: feedId, access: "public" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      setQueryAccess({ actorId: other.users.owner, instanceId: feedId, access: "public" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setQueryAccess({ actorId: team.users.deployer, instanceId: feedId, access: "public" });
    const open = await get(feedId);
    expect(open.status).toBe(200);
    expect(((await open.json()) as { answer: { price: string } }).answer.price).toBe("7.12345679");
    const post = (body: string) =>
      queryPost(
        new Request(`http://localhost/q`, { method: "POST", body, headers: { "x-forwarded-for": "203.0.113.8" } }),
        ctx(feedId),
      );
    const bad = await post(JSON.stringify({ "bad key!": 1 }));
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { fields: Record<string, string[]> } }).error.fields).toHaveProperty([
      "query.bad key!",
    ]);
    expect((await post(JSON.stringify({ nested: { a: 1 } }))).status).toBe(422);
    expect((await post(JSON.stringify({ unit: "usd" }))).status).toBe(200);
    // No query handler (the webhook brick), or no such instance: 404.
    expect((await get(instanceId)).status).toBe(404);
    expect((await get("nothinghere0000000000")).status).toBe(404);
  });
});

describe("a yanked function brick version", () => {
  it("stops its scheduled instance, with a notice to the team; resume and run now are refused", async () => {
    const auditor = await makePerson("Function yanker", "auditor");
    const raw = JSON.parse(await readFile(path.join(BRICKS, "api-price-feed/function-brick.json"), "utf8"));
    const source = await readFile(path.join(BRICKS, "api-price-feed/function.js"), "utf8");
    const slug = slugFor("fn-yank");
    await publishVersion({
      actorId: auditor.id,
      manifest: { ...raw, slug, description: "# Test\n\nA copy of the API price feed." },
      bundleText: source,
      report: REPORT,
      source: "api",
    });
    const brick = (await getFunctionBrick(slug))!;
    const { instance } = await instantiateFunctionBrick({
      brick,
      teamId: team.teamId,
      name: "Yanked feed",
      input: { url: "https://prices.example.com/dot", path: "price", decimals: 8 },
      schedule: "* * * * *",
      origin: { brickVersionId: brick.versionId, targetDeploymentId: null, createdById: team.users.deployer },
    });
    const slot = new Date(Math.ceil((Date.now() + 1) / 60_000) * 60_000);
    expect(await enqueueNextSlot(boss, instance, new Date(slot.getTime() - 1))).toEqual(expect.any(String));

    await setVersionStatus(
      { actorId: auditor.id, slug, version: raw.version, reason: "The API it reads was shut down." },
      "yanked",
    );
    expect(await db.functionInstance.findUniqueOrThrow({ where: { id: instance.id } })).toMatchObject({
      enabled: false,
    });
    const notice = await db.auditLogEntry.findFirstOrThrow({
      where: { teamId: team.teamId, action: "function.stopped", target: `function:${instance.id}` },
    });
    expect(JSON.parse(notice.detail!)).toEqual({
      name: "Yanked feed",
      brick: `${slug}@${raw.version}`,
      reason: "The API it reads was shut down.",
    });
    const page = await getFunctionInstance({ actorId: team.users.viewer, id: instance.id });
    expect(page).toMatchObject({ status: "paused", brick: { yanked: "The API it reads was shut down." } });

    // The slot queued before the yank: the worker's run of it is skipped, and no next slot follows.
    const runner = () => Promise.reject(new Error("a stopped function must not run"));
    const outcome = await runJob(
      {
        id: "yank-slot",
        data: { instanceId: instance.id, slot: slot.toISOString(), trigger: "schedule" },
        retryCount: 0,
      },
      {
        boss,
        workerId: "test",
        runner,
        chain: () => Promise.reject(new Error("no chain")),
        allowPrivateAddresses: false,
      },
    );
    expect(outcome).toEqual({ status: "skipped", reason: expect.any(String) });
    expect(await db.functionRun.count({ where: { instanceId: instance.id } })).toBe(0);

    await expect(
      setFunctionEnabled({ actorId: team.users.owner, instanceId: instance.id, enabled: true, jobs: boss }),
    ).rejects.toMatchObject({ code: "CONFLICT", userMessage: expect.stringMatching(/withdrawn/) });
    await expect(
      runFunctionNow({ actorId: team.users.owner, instanceId: instance.id, jobs: boss }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
