// Two app processes on one SQLite file (WAL + busy timeout, lib/sqlite/wal-adapter.ts) and one
// chain, each running its deployment tracker, while both write: every deployment is tracked to
// the end once, no status event is written twice, and no SQLITE_BUSY / timeout reaches anyone.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeChainApis, getChainApi } from "@/lib/chain/api-pool";
import { prepareDeployment } from "@/lib/deployments/prepare-deployment";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { DeploymentTracker } from "@/lib/deployments/tracker/deployment-tracker";
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

const ROOT = path.resolve(import.meta.dirname, "../..");
let api: ApiPromise;
// One signer per deployment: the four are signed before any is sent, so one account would give all
// four the same nonce (accountNextIndex counts only what reached the pool) and three could never land.
let owners: Person[];
let team: { id: string };
let network: { slug: string };
let child: ChildProcess;
let childErr = "";
const mine = new DeploymentTracker({
  intervalMs: 300,
  graceMs: 2_000,
  log: (line) => (childErr += `[tracker-1] ${line}\n`),
});

beforeAll(async () => {
  api = await getTestApi();
  network = await setupNetwork(testChainWs());
  // The services' pooled connection, opened here with room to spare: on a loaded machine the 10 s a
  // request allows for connecting can pass before the chain answers (seen at load average 35).
  await getChainApi(testChainWs(), { timeoutMs: 60_000 });
  owners = [];
  for (let i = 0; i < 4; i++) owners.push(await makePerson(api, `Two-process owner ${i}`));
  team = await makeTeam(
    owners[0],
    owners.slice(1).map((p): [Person, string] => [p, "owner"]),
  );
  child = spawn(
    process.execPath,
    [
      path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      "--conditions=react-server",
      "tests/integration/fixtures/second-app-process.ts",
    ],
    {
      cwd: ROOT,
      env: { ...process.env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stderr!.on("data", (d: Buffer) => (childErr += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
    child.on("exit", (code) => reject(new Error(`second process exited (${code}): ${childErr}`)));
  });
  mine.start();
});

afterAll(async () => {
  child?.kill("SIGTERM");
  await mine.stop();
  await closeChainApis();
  await closeTestApi();
});

describe("two app processes on one database file", () => {
  it("tracks every deployment once, with no duplicate events and no SQLITE_BUSY", async () => {
    const prepared = [];
    for (let i = 0; i < 4; i++) {
      const name = `Two-process ${i}`;
      const input = {
        brick: "fungible-token",
        version: "1.0.0",
        teamId: team.id,
        network: network.slug,
        name,
        config: { name, symbol: "TK", decimals: 2, initialSupply: "100" },
        idempotencyKey: idempotencyKey(),
      };
      const owner = owners[i];
      const p = await prepareDeployment({ actor: { id: owner.id, address: owner.address }, input });
      // Signed and stored, not sent: whichever process's tracker sees it first sends it.
      const signature = walletSignPayload(api, owner.pair, p.payload!);
      await submitSignature({
        actorId: owner.id,
        input: { deploymentId: p.deploymentId, kind: "instantiate", signature },
        tracker: { submit: async () => {} } as unknown as DeploymentTracker,
      });
      prepared.push(p);
    }
    for (const p of prepared) {
      const d = await waitForDeployment(p.deploymentId, (x) => x.status === "finalized", 90_000);
      expect(d.address).toBe(p.address);
      const statuses = d.events.map((e: { status: string }) => e.status);
      expect(statuses).toEqual(["draft", "signed", "in_block", "finalized"]);
      expect(d.contractEvents.map((e: { name: string }) => e.name)).toEqual(["Transfer"]);
    }
    expect(
      await db.deploymentEvent.count({ where: { deploymentId: { in: prepared.map((p) => p.deploymentId) } } }),
    ).toBe(4 * 4);
    expect(childErr).not.toMatch(/SQLITE_BUSY|database is locked|P1008|P2028|Timed out/i);
    expect(await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode")).toEqual([
      { journal_mode: "wal" },
    ]);
  }, 150_000);
});
