// The team dashboard's function alerts (issue 13, item 6), against the global-setup dev chain: an
// instance whose last runs failed is listed with the reason; an automation account with nothing on
// it is listed with what the next deliveries need and where to send it, and is gone once funded with
// the dev-chain button's action; a paused instance, a funded account and another team's functions are
// not; a network that does not answer is named; members only (the check is in the query).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ensureAutomationAccount } from "@/lib/functions/automation/create-account";
import { fundAutomationAccount } from "@/lib/functions/bricks/operate-function";
import { listFunctionAlerts } from "@/lib/functions/alerts/list-function-alerts";
import { getChainApi } from "@/lib/chain/api-pool";
import { getDevAccounts, getTestApi, testChainWs } from "@/tests/support/chain";
import { makeTeam, type Fixture } from "./teams-fixture";

let team: Fixture;
let other: Fixture;
let networkId: string;
let failingId: string;
const tag = Date.now().toString(36);

async function instance(teamId: string, name: string, runs: Array<"succeeded" | "failed">, enabled = true) {
  const inst = await db.functionInstance.create({
    data: { teamId, name, source: "export function run() {}", sourceHash: "0x00", enabled, networkId },
  });
  for (const [i, status] of runs.entries())
    await db.functionRun.create({
      data: {
        instanceId: inst.id,
        seq: i + 1,
        slotKey: `job:${inst.id}:${i}`,
        jobId: `${inst.id}:${i}`,
        trigger: "schedule",
        status,
        error: status === "failed" ? `The API answered 503 Service Unavailable (run ${i + 1})` : null,
        finishedAt: new Date(Date.UTC(2026, 10, 30, 1, i)),
      },
    });
  return inst.id;
}

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  const network = await db.network.create({
    data: {
      slug: `alerts-${tag}`,
      name: "Alerts dev chain",
      rpcUrl: testChainWs(),
      tokenSymbol: "UNIT",
      decimals: 12,
      isDevChain: true,
    },
  });
  networkId = network.id;
  // The app's connection pool is warm in a running app; here it opens once, before the first question.
  await getChainApi(testChainWs());
  failingId = await instance(team.teamId, "Price feed", ["succeeded", "failed", "failed"]);
  await ensureAutomationAccount(failingId); // a fresh account: nothing on it
  const healthy = await instance(team.teamId, "Healthy feed", ["failed", "succeeded"]);
  const { alice } = await getDevAccounts();
  // An account with plenty on it (Alice's): never a low-balance alert.
  await db.automationAccount.create({
    data: { instanceId: healthy, address: alice.address, publicKey: "0x00", encryptedSeed: "x", keyId: "k" },
  });
  await instance(team.teamId, "Paused feed", ["failed"], false);
  await instance(other.teamId, "Their feed", ["failed"]);
});
afterAll(() => db.$disconnect());

describe("function alerts on the team dashboard", () => {
  it("lists the failing function with its reason and the account that cannot pay, for every member", async () => {
    const seen = await listFunctionAlerts({ actorId: team.users.viewer, teamId: team.teamId });
    expect(seen.failing).toEqual([
      {
        id: failingId,
        name: "Price feed",
        failedInARow: 2,
        reason: "The API answered 503 Service Unavailable (run 3)",
        lastFailedAt: new Date(Date.UTC(2026, 10, 30, 1, 2)),
      },
    ]);
    const api = await getTestApi();
    const ed = (api.consts.balances.existentialDeposit as unknown as { toBigInt(): bigint }).toBigInt();
    const account = await db.automationAccount.findUniqueOrThrow({ where: { instanceId: failingId } });
    expect(seen.unreadable).toEqual([]);
    expect(seen.lowBalance).toHaveLength(1);
    expect(seen.lowBalance[0]).toMatchObject({
      id: failingId,
      address: account.address,
      network: "Alerts dev chain",
      free: "0 UNIT",
      canFund: false, // a viewer may not operate functions
    });
    // Nothing paid yet: ten existential deposits a delivery, three deliveries, plus the deposit itself.
    const { formatTokens } = await import("@/lib/chain/format-tokens");
    expect(seen.lowBalance[0].needed).toBe(formatTokens(ed * 31n, 12, "UNIT"));
    expect(seen.lowBalance[0].missing).toBe(seen.lowBalance[0].needed);

    const owner = await listFunctionAlerts({ actorId: team.users.deployer, teamId: team.teamId });
    expect(owner.lowBalance[0].canFund).toBe(true);
  });

  it("shows nothing to a stranger, nor another team's functions", async () => {
    expect(await listFunctionAlerts({ actorId: team.users.stranger, teamId: team.teamId })).toEqual({
      failing: [],
      lowBalance: [],
      unreadable: [],
    });
    // A member of the other team asking for this team: not theirs.
    expect((await listFunctionAlerts({ actorId: other.users.owner, teamId: team.teamId })).failing).toEqual([]);
    expect((await listFunctionAlerts({ actorId: other.users.owner, teamId: other.teamId })).failing).toHaveLength(1);
  });

  it("drops the low balance once the dev-chain button funded the account", async () => {
    await fundAutomationAccount({ actorId: team.users.deployer, instanceId: failingId });
    const after = await listFunctionAlerts({ actorId: team.users.owner, teamId: team.teamId });
    expect(after.lowBalance).toEqual([]);
    expect(after.failing.map((f) => f.name)).toEqual(["Price feed"]);
  });

  it("names a network that does not answer instead of guessing its balances", async () => {
    const dead = await db.network.create({
      data: { slug: `dead-${tag}`, name: "Silent chain", rpcUrl: "ws://127.0.0.1:9", tokenSymbol: "X", decimals: 10 },
    });
    const id = await db.functionInstance.create({
      data: { teamId: other.teamId, name: "On a silent chain", source: "x", sourceHash: "0x00", networkId: dead.id },
    });
    await ensureAutomationAccount(id.id);
    const seen = await listFunctionAlerts({ actorId: other.users.owner, teamId: other.teamId });
    expect(seen.unreadable).toEqual(["Silent chain"]);
    expect(seen.lowBalance).toEqual([]);
  }, 30_000);
});
