// Rate limits (stored in the shared database), the sign-in message body limit, nonce purging,
// API tokens that stay revoked after a demotion, and a session answer without the session id.
import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as siwsMessage } from "@/app/api/auth/siws/message/route";
import { POST as nextAuthPost } from "@/lib/auth/handler";
import { toAppSession } from "@/lib/auth/to-app-session";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { changeRole } from "@/lib/teams/change-role";
import { makePerson, type Person } from "./publish-fixture";
import { makeTeam, type Fixture } from "./teams-fixture";

const ip = () => `10.${randomBytes(3).join(".")}`;
const messageReq = (body: BodyInit, from: string, headers: Record<string, string> = {}) =>
  new Request("http://localhost:3000/api/auth/siws/message", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", "x-forwarded-for": from, ...headers },
    duplex: "half",
  } as RequestInit);

let person: Person;
beforeAll(async () => {
  person = await makePerson("Limited");
});

describe("sign-in message limits", () => {
  it("limits messages per account with Retry-After and a plain message, and per IP", async () => {
    const before = await db.signInNonce.count({ where: { address: person.pair.address } });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 12; i++) {
      last = await siwsMessage(messageReq(JSON.stringify({ address: person.pair.address }), ip()));
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await last!.json()).error.message).toMatch(
      /Too many sign-in messages for this account\. Please wait \d+ seconds?/,
    );
    // Used up by the 10 that were answered (and purged as they expire), never by the refused ones.
    expect((await db.signInNonce.count({ where: { address: person.pair.address } })) - before).toBeLessThanOrEqual(10);

    const from = ip();
    const perIp: number[] = [];
    for (let i = 0; i < 32; i++)
      perIp.push((await siwsMessage(messageReq(JSON.stringify({ address: "nope" }), from))).status);
    expect(perIp.slice(0, 30).every((s) => s === 422)).toBe(true);
    expect(perIp.slice(30)).toEqual([429, 429]);
  });

  it("counts hits in the database, so every app process shares them", async () => {
    const from = ip();
    await siwsMessage(messageReq("{}", from));
    const row = await db.rateLimiterFlexible.findFirst({ where: { key: { contains: from } } });
    expect(row).toMatchObject({ points: 1 });
  });

  it("refuses a 20 MB body without reading it, and malformed or broken bodies with 4xx", async () => {
    const t0 = Date.now();
    const big = await siwsMessage(messageReq("x".repeat(20 * 1024 * 1024), ip()));
    expect(big.status).toBe(413);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect((await siwsMessage(messageReq('{"address":"\\ud800"}', ip()))).status).toBe(422);
    expect((await siwsMessage(messageReq("[".repeat(100_000), ip()))).status).toBe(413); // over 2 KB: refused by size first
    expect((await siwsMessage(messageReq("[".repeat(1500) + "]".repeat(1500).slice(0, 400), ip()))).status).toBe(422);
  });

  it("purges expired and used nonces when issuing new ones", async () => {
    await db.signInNonce.create({
      data: { nonce: `old-${randomBytes(4).toString("hex")}`, address: "x", expiresAt: new Date(Date.now() - 1000) },
    });
    await siwsMessage(messageReq(JSON.stringify({ address: (await makePerson("Fresh")).pair.address }), ip()));
    expect(
      await db.signInNonce.count({ where: { OR: [{ expiresAt: { lte: new Date() } }, { usedAt: { not: null } }] } }),
    ).toBe(0);
  });

  it("limits sign-in attempts per account before next-auth runs", async () => {
    const address = (await makePerson("Attempts")).pair.address;
    // next-auth itself needs a real Next.js request scope; here only the limit in front of it matters.
    const attempt = () =>
      nextAuthPost(
        new NextRequest("http://localhost:3000/api/auth/callback/polkadot", {
          method: "POST",
          body: new URLSearchParams({ address, message: "m", signature: "0x00" }),
          headers: { "x-forwarded-for": ip() },
        }),
        { params: Promise.resolve({ nextauth: ["callback", "polkadot"] }) },
      ).catch(() => new Response(null, { status: 599 }));
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 10)).not.toContain(429);
    expect(statuses[10]).toBe(429);
  });
});

describe("API tokens and sessions", () => {
  let team: Fixture;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it("keeps a token revoked after its creator is demoted and promoted again", async () => {
    const { token } = await createApiToken({ actorId: team.users.admin, teamId: team.teamId, name: "CI" });
    await expect(authenticateApiToken(`Bearer ${token}`, { ip: ip() })).resolves.toMatchObject({
      actorId: team.users.admin,
    });
    await changeRole({ actorId: team.users.owner, teamId: team.teamId, userId: team.users.admin, role: "viewer" });
    await changeRole({ actorId: team.users.owner, teamId: team.teamId, userId: team.users.admin, role: "admin" });
    await expect(authenticateApiToken(`Bearer ${token}`, { ip: ip() })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
      userMessage: expect.stringMatching(/revoked/),
    });
  });

  it("answers the session without the database session id", () => {
    const session = toAppSession(
      { sessionToken: "secret-sid", user: { id: "u1", name: "A", platformRoles: "auditor" } },
      { address: "5X", accountId: "0x1" },
      "2030-01-01",
    );
    expect(JSON.stringify(session)).not.toContain("secret-sid");
    expect(Object.keys(session).sort()).toEqual(["expires", "user"]);
  });
});
