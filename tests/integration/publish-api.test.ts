// The publishing REST API through its real route handlers: team API tokens (hashed, shown once,
// revocable, acting as their creator), publishing with an auditor's token, yank, a pre-signed
// attestation, the public verification endpoints and the OpenAPI document.
import { createHash } from "node:crypto";
import { blake2AsHex } from "@polkadot/util-crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { encodeAttestation } from "@/lib/audits/attestation-payload";
import { createTeam } from "@/lib/teams/create-team";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { GET as listVersions, POST as publishRoute } from "@/app/api/v1/bricks/[slug]/versions/route";
import { POST as yankRoute } from "@/app/api/v1/bricks/[slug]/versions/[version]/yank/route";
import { POST as attestRoute } from "@/app/api/v1/bricks/[slug]/versions/[version]/attestations/route";
import { GET as publicAttestations } from "@/app/api/bricks/[slug]/versions/[version]/attestations/route";
import { GET as wasmRoute } from "@/app/api/bricks/[slug]/versions/[version]/wasm/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { erc20Manifest, makePerson, REPORT, sharedBundle, slugFor, walletSign, type Person } from "./publish-fixture";

let auditor: Person;
let builder: Person;
let teamId: string;
let auditorToken: string;
let builderToken: string;
const slug = slugFor("api");

const req = (method: string, token: string | null, body?: unknown) =>
  new Request("http://brickyard.test/api/v1/x", {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const params = <T extends object>(p: T) => ({ params: Promise.resolve(p) });
const publishBody = (version = "1.0.0") => ({
  manifest: erc20Manifest(slug, version),
  bundle: JSON.parse(sharedBundle("ink-v5-erc20")),
  report: REPORT,
});

beforeAll(async () => {
  auditor = await makePerson("API auditor", "auditor");
  builder = await makePerson("API builder");
  const team = await createTeam({ actorId: auditor.id, name: "CI team" });
  teamId = team.id;
  await db.membership.create({ data: { teamId, userId: builder.id, role: "admin" } });
  auditorToken = (await createApiToken({ actorId: auditor.id, teamId, name: "GitHub Actions" })).token;
  builderToken = (await createApiToken({ actorId: builder.id, teamId, name: "Builder's token" })).token;
});
afterAll(() => db.$disconnect());

describe("API tokens", () => {
  it("are shown once and stored only as their SHA-256", async () => {
    expect(auditorToken).toMatch(/^byd_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findFirstOrThrow({ where: { name: "GitHub Actions", teamId } });
    expect(row.tokenHash).toBe(createHash("sha256").update(auditorToken).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(auditorToken.slice(4));
  });

  it("are managed by team owners and admins only", async () => {
    const viewer = await makePerson("Viewer");
    await db.membership.create({ data: { teamId, userId: viewer.id, role: "viewer" } });
    await expect(createApiToken({ actorId: viewer.id, teamId, name: "Mine" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const stranger = await makePerson("Stranger");
    await expect(createApiToken({ actorId: stranger.id, teamId, name: "Mine" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("POST /api/v1/bricks/{slug}/versions", () => {
  it("publishes with an auditor's token (201), then answers unchanged (200)", async () => {
    const res = await publishRoute(req("POST", auditorToken, publishBody()), params({ slug }));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      outcome: "created",
      slug,
      version: "1.0.0",
      urls: { sign: `/publish/${slug}/1.0.0` },
    });
    const again = await publishRoute(req("POST", auditorToken, publishBody()), params({ slug }));
    expect(again.status).toBe(200);
    expect((await again.json()).outcome).toBe("unchanged");
    const log = await db.auditLogEntry.findFirstOrThrow({
      where: { action: "audit.create", target: `brick:${slug}@1.0.0` },
    });
    expect(log).toMatchObject({ actorId: auditor.id, teamId });
    expect(JSON.parse(log.detail!)).toMatchObject({ via: "api" });
    expect((await db.apiToken.findFirstOrThrow({ where: { name: "GitHub Actions" } })).lastUsedAt).not.toBeNull();
  });

  it("refuses without a token (401), with a non-auditor's token (403), with bad input (422)", async () => {
    expect((await publishRoute(req("POST", null, publishBody("1.1.0")), params({ slug }))).status).toBe(401);
    const forbidden = await publishRoute(req("POST", builderToken, publishBody("1.1.0")), params({ slug }));
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).error.message).toBe("Only platform auditors can publish brick versions.");
    const bad = await publishRoute(
      req("POST", auditorToken, { ...publishBody("1.1.0"), report: { markdown: "short" } }),
      params({ slug }),
    );
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields).toHaveProperty("report.markdown");
    const other = await publishRoute(
      req("POST", auditorToken, publishBody("1.1.0")),
      params({ slug: slugFor("elsewhere") }),
    );
    expect(other.status).toBe(422);
    const mapping = {
      ...publishBody("1.1.0"),
      manifest: { ...erc20Manifest(slug, "1.1.0"), constructor: { name: "new", args: {} } },
    };
    const unmapped = await publishRoute(req("POST", auditorToken, mapping), params({ slug }));
    expect(unmapped.status).toBe(422);
    expect(Object.keys((await unmapped.json()).error.fields)).toContain("$.constructor.args");
  });

  it("stops accepting a token once it is revoked", async () => {
    const { token, id } = await createApiToken({ actorId: auditor.id, teamId, name: "Short-lived" });
    await revokeApiToken({ actorId: auditor.id, teamId, tokenId: id });
    const res = await publishRoute(req("POST", token, publishBody("1.2.0")), params({ slug }));
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/was revoked/);
  });
});

describe("the rest of the API", () => {
  it("accepts a pre-signed attestation, and serves what anyone needs to verify it", async () => {
    const v = await db.brickVersion.findFirstOrThrow({
      where: { brick: { slug }, version: "1.0.0" },
      include: { audits: true },
    });
    const issuedAt = new Date().toISOString();
    const text = encodeAttestation({
      brick: slug,
      version: "1.0.0",
      codeHash: v.codeHash,
      reportHash: v.audits[0].reportHash,
      issuedAt,
    });
    const res = await attestRoute(
      req("POST", auditorToken, { signer: auditor.pair.address, issuedAt, signature: walletSign(auditor.pair, text) }),
      params({ slug, version: "1.0.0" }),
    );
    expect(res.status).toBe(201);

    const pub = await publicAttestations(req("GET", null), params({ slug, version: "1.0.0" }));
    const data = await pub.json();
    expect(data).toMatchObject({
      brick: slug,
      version: "1.0.0",
      codeHash: v.codeHash,
      encoding: { format: "Brickyard audit attestation v1" },
    });
    expect(data.audits[0].attestations[0]).toMatchObject({
      verified: true,
      payload: text,
      signer: auditor.pair.address,
    });
    const wasm = new Uint8Array(
      await (await wasmRoute(req("GET", null), params({ slug, version: "1.0.0" }))).arrayBuffer(),
    );
    expect(blake2AsHex(wasm, 256)).toBe(v.codeHash);
    expect((await publicAttestations(req("GET", null), params({ slug, version: "9.9.9" }))).status).toBe(404);
  });

  it("yanks with a reason, and lists versions publicly", async () => {
    const res = await yankRoute(
      req("POST", auditorToken, { reason: "found a bug in transfer_from" }),
      params({ slug, version: "1.0.0" }),
    );
    expect(res.status).toBe(200);
    const list = await (await listVersions(req("GET", null), params({ slug }))).json();
    expect(list.versions[0]).toMatchObject({ version: "1.0.0", yankedReason: "found a bug in transfer_from" });
  });

  it("serves an OpenAPI 3.1 document whose references all resolve", async () => {
    const doc = await (await openApiRoute(new Request("http://brickyard.test/api/v1/openapi.json"))).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "http://brickyard.test" }]);
    expect(Object.keys(doc.paths)).toContain("/api/v1/bricks/{slug}/versions");
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(10);
    for (const [, kind, name] of refs) expect(doc.components[kind], `${kind}/${name}`).toHaveProperty(name);
    expect(doc.components.schemas.PublishRequest.required).toEqual(["manifest", "bundle", "report"]);
  });
});
