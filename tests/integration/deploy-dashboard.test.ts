// What teams see: the dashboard's filters and search, the instance page for members only (viewers
// see but may not deploy), deprecated versions deployed with a warning, yanked ones refused, and a
// brick whose link step calls the new instance itself (the allowance token), proven on chain.
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadBrick } from "@/lib/bricks/load-brick";
import { publishSeedBricks } from "@/lib/bricks/publish-seed-bricks";
import { closeChainApis } from "@/lib/chain/api-pool";
import { REPO_ROOT } from "@/lib/chain/dev-chain/spec";
import { getInstance } from "@/lib/deployments/get-instance";
import { listTeamDeployments } from "@/lib/deployments/list-team-deployments";
import { prepareDeployment } from "@/lib/deployments/prepare-deployment";
import { prepareLink } from "@/lib/deployments/prepare-link";
import { reviewDeployment } from "@/lib/deployments/review-deployment";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { DeploymentTracker } from "@/lib/deployments/tracker/deployment-tracker";
import { deprecateVersion } from "@/lib/publishing/deprecate-version";
import { yankVersion } from "@/lib/publishing/yank-version";
import { closeTestApi, getTestApi, testChainWs } from "@/tests/support/chain";
import {
  deployConsumer,
  idempotencyKey,
  makePerson,
  makeTeam,
  run,
  setupNetwork,
  waitForDeployment,
  walletSignPayload,
  type Person,
} from "./deploy-fixture";

let api: ApiPromise;
let network: { id: string; slug: string };
let owner: Person, viewer: Person, stranger: Person;
let team: { id: string };
let tracker: DeploymentTracker;
const slug = `${run}-old-token`;

beforeAll(async () => {
  api = await getTestApi();
  // A private copy of the allowance token, so deprecating and yanking it touches no other test.
  const loaded = await loadBrick(path.resolve(REPO_ROOT, "tests/fixtures/bricks/allowance-token"));
  if (!loaded.ok) throw new Error("allowance-token fixture has problems");
  await publishSeedBricks(db, [{ ...loaded.brick, manifest: { ...loaded.brick.manifest, slug } }]);
  network = await setupNetwork(testChainWs());
  await db.brickVersionNetwork.create({
    data: {
      brickVersionId: (await db.brickVersion.findFirstOrThrow({ where: { brick: { slug } } })).id,
      networkSlug: network.slug,
    },
  });
  owner = await makePerson(api, "Dashboard owner");
  viewer = await makePerson(api, "Dashboard viewer", 0n);
  stranger = await makePerson(api, "Dashboard stranger", 0n);
  team = await makeTeam(owner, [[viewer, "viewer"]]);
  tracker = new DeploymentTracker({ intervalMs: 300 }).start();
});
afterAll(async () => {
  await tracker?.stop();
  await closeChainApis();
  await closeTestApi();
});

const actor = () => ({ id: owner.id, address: owner.address });
const allowanceInput = (spender: string) => ({
  brick: slug,
  version: "2.1.0",
  teamId: team.id,
  network: network.slug,
  name: "Sale allowance",
  config: { totalSupply: "1000", spender, allowance: "250" },
  idempotencyKey: idempotencyKey(),
});

describe("a link step on the new instance (approve), proven by its own query (allowance)", () => {
  it("deploys, links and verifies; members see it, strangers do not", async () => {
    const spender = (await deployConsumer(api, owner.pair)).address;
    const prepared = await prepareDeployment({ actor: actor(), input: allowanceInput(spender) });
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
    const link = await prepareLink({ actor: actor(), deploymentId: prepared.deploymentId });
    await submitSignature({
      actorId: owner.id,
      input: {
        deploymentId: prepared.deploymentId,
        kind: "link",
        signature: walletSignPayload(api, owner.pair, link.payload!),
      },
      tracker,
    });
    const d = await waitForDeployment(prepared.deploymentId, (x) => x.linkVerified !== null);
    expect(d.linkVerified).toBe(true);
    expect(d.contractEvents.map((e) => e.name)).toEqual(["Transfer", "Approval"]);
    // A second link attempt has nothing left to sign.
    await expect(prepareLink({ actor: actor(), deploymentId: prepared.deploymentId })).resolves.toMatchObject({
      payload: null,
    });

    const seen = await getInstance({ actorId: viewer.id, id: prepared.deploymentId });
    expect(seen).toMatchObject({
      canDeploy: false,
      myRole: "viewer",
      status: "finalized",
      codeHashVerified: true,
      linkVerified: true,
    });
    expect(seen.events.find((e) => e.status === "signed")?.actorName).toBe("Dashboard owner");
    await expect(getInstance({ actorId: stranger.id, id: prepared.deploymentId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      prepareLink({ actor: { id: viewer.id, address: viewer.address }, deploymentId: prepared.deploymentId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the team dashboard", () => {
  it("filters by status, brick and network, and searches names and addresses", async () => {
    const other = await setupNetwork(testChainWs());
    const version = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug: "fungible-token" } } });
    const row = (name: string, status: string, networkId: string, address: string | null) =>
      db.deployment.create({
        data: {
          idempotencyKey: idempotencyKey(),
          teamId: team.id,
          createdById: owner.id,
          brickVersionId: version.id,
          networkId,
          name,
          config: "{}",
          constructorName: "new",
          args: "[]",
          salt: "0x00",
          status,
          address,
        },
      });
    await row("Failed coin", "failed", network.id, null);
    await row("Pending coin", "signed", other.id, null);
    await row("Other-net coin", "finalized", other.id, "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty");
    const names = async (filters: Record<string, string>, who = owner.id) =>
      (await listTeamDeployments({ actorId: who, teamId: team.id, filters })).rows.map((r) => r.name).sort();
    expect(await names({})).toEqual(["Failed coin", "Other-net coin", "Pending coin", "Sale allowance"]);
    expect(await names({ status: "failed" })).toEqual(["Failed coin"]);
    expect(await names({ status: "pending" })).toEqual(["Pending coin"]);
    expect(await names({ status: "linked" })).toEqual(["Sale allowance"]);
    expect(await names({ brick: slug })).toEqual(["Sale allowance"]);
    expect(await names({ network: other.slug })).toEqual(["Other-net coin", "Pending coin"]);
    expect(await names({ q: "5FHneW46" })).toEqual(["Other-net coin"]);
    expect(await names({ q: "coin", network: network.slug })).toEqual(["Failed coin"]);
    expect(await names({ status: "nonsense" })).toHaveLength(4); // an unknown filter is ignored, not an error
    expect(await names({}, viewer.id)).toHaveLength(4);
    expect(await names({}, stranger.id)).toEqual([]);
    const { bricks, networks } = await listTeamDeployments({ actorId: owner.id, teamId: team.id });
    expect(bricks.map((b) => b.slug).sort()).toEqual(["fungible-token", slug].sort());
    expect(networks).toHaveLength(2);
  });
});

describe("deprecated and yanked versions", () => {
  it("warns before deploying a deprecated version and refuses a yanked one", async () => {
    // Seeded bricks have no owner: only platform admins deprecate or yank them (issue 14's brick owners).
    const auditor = await makePerson(api, "Admin", 0n);
    await db.user.update({ where: { id: auditor.id }, data: { platformRoles: "admin,auditor" } });
    const spender = (await deployConsumer(api, owner.pair)).address;
    await deprecateVersion({
      actorId: auditor.id,
      slug,
      version: "2.1.0",
      reason: "superseded by the audited 3.0 line",
    });
    const review = await reviewDeployment({ actor: actor(), input: allowanceInput(spender) });
    expect(review.warning).toMatch(/^Version 2\.1\.0 is deprecated: superseded by the audited 3\.0 line/);
    expect(review.verdict).toEqual({ ok: true });

    await yankVersion({ actorId: auditor.id, slug, version: "2.1.0", reason: "approve() lets the spender take twice" });
    const input = allowanceInput(spender);
    await expect(reviewDeployment({ actor: actor(), input })).rejects.toThrow(
      "Version 2.1.0 was withdrawn (yanked): approve() lets the spender take twice.",
    );
    await expect(prepareDeployment({ actor: actor(), input })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.deployment.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(0);
  });
});
