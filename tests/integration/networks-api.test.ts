// The /api/v1/networks REST routes through their real handlers (API token → service → JSON):
// platform admins list, add (checked live against the run's dev chain), edit, disable, enable and
// re-check networks; anyone else gets 403 and nothing is written; bad bodies get 400/422 naming the
// field; a network with deployments is never deleted.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute, POST as addRoute } from "@/app/api/v1/networks/route";
import { DELETE as deleteRoute, GET as getRoute, PATCH as editRoute } from "@/app/api/v1/networks/[slug]/route";
import { POST as checkRoute } from "@/app/api/v1/networks/[slug]/check/route";
import { POST as disableRoute } from "@/app/api/v1/networks/[slug]/disable/route";
import { POST as enableRoute } from "@/app/api/v1/networks/[slug]/enable/route";
import { loadBrick } from "@/lib/bricks/load-brick";
import { publishSeedBricks } from "@/lib/bricks/publish-seed-bricks";
import { closeChainApis } from "@/lib/chain/api-pool";
import { REPO_ROOT } from "@/lib/chain/dev-chain/spec";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createTeam } from "@/lib/teams/create-team";
import { closeTestApi, getTestApi, testChainWs } from "@/tests/support/chain";
import { makePerson, slugFor, type Person } from "./publish-fixture";

let admin: Person;
let builder: Person;
let adminToken: string;
let builderToken: string;
let teamId: string;
const slug = slugFor("net-api");
// The run's dev chain under a URL no other network row uses (the same node; RPC URLs are unique).
const rpcUrl = () => `${testChainWs()}/`;

const req = (method: string, token: string, body?: unknown) =>
  new Request("http://brickyard.test/api/v1/networks", {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
const params = <T extends object>(p: T) => ({ params: Promise.resolve(p) });
const one = { params: Promise.resolve({}) };
const row = () => db.network.findUnique({ where: { slug } });

beforeAll(async () => {
  admin = await makePerson("Network admin", "admin");
  builder = await makePerson("Network builder");
  teamId = (await createTeam({ actorId: admin.id, name: "Networks API team" })).id;
  await db.membership.create({ data: { teamId, userId: builder.id, role: "admin" } });
  adminToken = (await createApiToken({ actorId: admin.id, teamId, name: "Admin token" })).token;
  builderToken = (await createApiToken({ actorId: builder.id, teamId, name: "Builder token" })).token;
});
afterAll(async () => {
  await closeChainApis();
  await closeTestApi();
});

describe("/api/v1/networks", () => {
  it("refuses non-admins (403) and writes nothing", async () => {
    const body = { slug, name: "Sneaky chain", rpcUrl: rpcUrl() };
    const added = await addRoute(req("POST", builderToken, body), one);
    expect(added.status).toBe(403);
    expect((await added.json()).error.message).toMatch(/Only platform admins can manage networks/);
    expect(await row()).toBeNull();
    expect((await listRoute(req("GET", builderToken), one)).status).toBe(403);
    const local = await db.network.create({
      data: {
        slug: `${slug}-other`,
        name: "Admin-managed chain",
        rpcUrl: "ws://127.0.0.1:2",
        tokenSymbol: "UNIT",
        decimals: 12,
      },
    });
    for (const res of [
      await editRoute(req("PATCH", builderToken, { name: "Renamed by a builder" }), params({ slug: local.slug })),
      await disableRoute(req("POST", builderToken), params({ slug: local.slug })),
      await checkRoute(req("POST", builderToken), params({ slug: local.slug })),
      await deleteRoute(req("DELETE", builderToken), params({ slug: local.slug })),
    ]) {
      expect(res.status).toBe(403);
    }
    expect(await db.network.findUniqueOrThrow({ where: { id: local.id } })).toMatchObject({
      name: local.name,
      enabled: local.enabled,
    });
  });

  it("answers bad bodies with 400 / 422 naming the field, and writes nothing", async () => {
    const notJson = await addRoute(req("POST", adminToken, "{ slug:"), one);
    expect(notJson.status).toBe(400);
    const bad = await addRoute(
      req("POST", adminToken, { slug: "Not A Slug", name: "x", rpcUrl: "http://example.com" }),
      one,
    );
    expect(bad.status).toBe(422);
    const { error } = await bad.json();
    expect(error.code).toBe("BAD_INPUT");
    expect(error.fields.slug[0]).toMatch(/lower-case letters/);
    expect(error.fields.name[0]).toMatch(/at least 2 characters/);
    expect(error.fields.rpcUrl[0]).toMatch(/ws:\/\/ or wss:\/\//);
    const unknown = await addRoute(
      req("POST", adminToken, { slug, name: "Chain", rpcUrl: rpcUrl(), admin: true }),
      one,
    );
    expect(unknown.status).toBe(422);
    expect(await row()).toBeNull();
  });

  it("adds a network checked live (201), then lists, edits, disables, enables and re-checks it", async () => {
    const api = await getTestApi();
    const added = await addRoute(req("POST", adminToken, { slug, name: "Route test chain", rpcUrl: rpcUrl() }), one);
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({
      slug,
      rpcUrl: rpcUrl(),
      platform: "contracts",
      genesisHash: api.genesisHash.toHex(),
      enabled: true,
    });

    const listed = await listRoute(req("GET", adminToken), one);
    expect(listed.status).toBe(200);
    expect((await listed.json()).networks.find((n: { slug: string }) => n.slug === slug)).toMatchObject({
      name: "Route test chain",
      deployments: 0,
    });
    const got = await getRoute(req("GET", adminToken), params({ slug }));
    expect((await got.json()).health).toMatchObject({ reachable: true });

    const edited = await editRoute(
      req("PATCH", adminToken, { name: "Route chain", explorerTxUrl: "https://explorer.example/tx/{hash}" }),
      params({ slug }),
    );
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({
      name: "Route chain",
      explorer: { transaction: "https://explorer.example/tx/{hash}" },
    });
    const badEdit = await editRoute(
      req("PATCH", adminToken, { explorerAccountUrl: "https://explorer.example/account", name: "Renamed anyway" }),
      params({ slug }),
    );
    expect(badEdit.status).toBe(422);
    expect((await badEdit.json()).error.fields.explorerAccountUrl[0]).toMatch(/\{address\}/);
    expect((await row())?.name).toBe("Route chain");

    expect(await (await disableRoute(req("POST", adminToken), params({ slug }))).json()).toMatchObject({
      enabled: false,
    });
    expect((await row())?.enabled).toBe(false);
    expect(await (await enableRoute(req("POST", adminToken), params({ slug }))).json()).toMatchObject({
      enabled: true,
    });

    const checked = await checkRoute(req("POST", adminToken), params({ slug }));
    expect(checked.status).toBe(200);
    expect(await checked.json()).toMatchObject({
      genesisChanged: false,
      genesisHash: api.genesisHash.toHex(),
      lastCheck: { error: null },
    });

    expect((await getRoute(req("GET", adminToken), params({ slug: "no-such-network" }))).status).toBe(404);
  });

  it("never deletes a network with deployments (409); deletes an unused one (204)", async () => {
    const network = await db.network.findUniqueOrThrow({ where: { slug } });
    const loaded = await loadBrick(path.resolve(REPO_ROOT, "tests/fixtures/bricks/ink-v6-flipper"));
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("; "));
    await publishSeedBricks(db, [loaded.brick]);
    const version = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug: "ink-v6-flipper" } } });
    await db.deployment.create({
      data: {
        idempotencyKey: `${slug}-1`,
        teamId,
        createdById: admin.id,
        brickVersionId: version.id,
        networkId: network.id,
        name: "Kept",
        config: "{}",
        constructorName: "new",
        args: "[]",
        salt: "0x00",
        status: "finalized",
      },
    });
    const refused = await deleteRoute(req("DELETE", adminToken), params({ slug }));
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.message).toMatch(
      /has 1 deployment, so it cannot be deleted\. Disable it instead/,
    );
    expect(await row()).not.toBeNull();

    const unused = await db.network.create({
      data: {
        slug: `${slug}-unused`,
        name: "Unused chain",
        rpcUrl: "ws://127.0.0.1:1",
        tokenSymbol: "UNIT",
        decimals: 12,
      },
    });
    expect((await deleteRoute(req("DELETE", adminToken), params({ slug: unused.slug }))).status).toBe(204);
    expect(await db.network.findUnique({ where: { id: unused.id } })).toBeNull();
  });
});
