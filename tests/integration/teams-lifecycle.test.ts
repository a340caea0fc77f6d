// Invites, the last-owner rule and platform roles, through the real services and database.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { grantAuditor } from "@/lib/admin/grant-auditor";
import { revokeAuditor } from "@/lib/admin/revoke-auditor";
import { acceptInvite } from "@/lib/teams/accept-invite";
import { changeRole } from "@/lib/teams/change-role";
import { createInvite } from "@/lib/teams/create-invite";
import { createTeam } from "@/lib/teams/create-team";
import { getInvite } from "@/lib/teams/get-invite";
import { leaveTeam } from "@/lib/teams/leave-team";
import { removeMember } from "@/lib/teams/remove-member";
import { renameTeam } from "@/lib/teams/rename-team";
import { makeUser } from "./teams-fixture";

afterAll(() => db.$disconnect());

describe("invites", () => {
  it("are single use, show who invited whom, and expire", async () => {
    const owner = await makeUser("Olga");
    const [bob, carol] = [await makeUser("Bob"), await makeUser("Carol")];
    const team = await createTeam({ actorId: owner, name: "Invites team" });
    const { token } = await createInvite({ actorId: owner, teamId: team.id, role: "deployer" });
    expect(await getInvite({ token })).toMatchObject({
      status: "open",
      role: "deployer",
      team: { name: "Invites team" },
      inviter: { name: "Olga" },
    });
    await acceptInvite({ actorId: bob, token });
    expect((await db.membership.findUnique({ where: { teamId_userId: { teamId: team.id, userId: bob } } }))?.role).toBe(
      "deployer",
    );
    await expect(acceptInvite({ actorId: carol, token })).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: expect.stringMatching(/already used/),
    });
    expect((await getInvite({ token }))?.status).toBe("used");

    const late = await createInvite({
      actorId: owner,
      teamId: team.id,
      role: "viewer",
      now: new Date(Date.now() - 8 * 86_400_000),
    });
    await expect(acceptInvite({ actorId: carol, token: late.token })).rejects.toMatchObject({
      userMessage: expect.stringMatching(/expired/),
    });
    expect(await db.membership.count({ where: { teamId: team.id, userId: carol } })).toBe(0);
  });

  it("refuses a member joining twice, and leaves the invite unused", async () => {
    const owner = await makeUser("Olga");
    const team = await createTeam({ actorId: owner, name: "Twice team" });
    const { token } = await createInvite({ actorId: owner, teamId: team.id, role: "viewer" });
    await expect(acceptInvite({ actorId: owner, token })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getInvite({ token }))?.status).toBe("open");
  });

  it("rejects a made-up link without touching anything", async () => {
    const bob = await makeUser("Bob");
    await expect(acceptInvite({ actorId: bob, token: "x".repeat(43) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(acceptInvite({ actorId: bob, token: "short" })).rejects.toThrow();
  });
});

describe("a team always keeps an owner", () => {
  it("refuses to demote, or let leave, the last owner — in plain words", async () => {
    const owner = await makeUser("Olga");
    const team = await createTeam({ actorId: owner, name: "Last owner team" });
    await expect(changeRole({ actorId: owner, teamId: team.id, userId: owner, role: "admin" })).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: expect.stringMatching(/at least one owner/),
    });
    await expect(leaveTeam({ actorId: owner, teamId: team.id })).rejects.toMatchObject({
      userMessage: expect.stringMatching(/last owner/),
    });
    await expect(removeMember({ actorId: owner, teamId: team.id, userId: owner })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    expect((await db.membership.findFirst({ where: { teamId: team.id } }))?.role).toBe("owner");
  });

  it("lets one of two owners step down, then not the other", async () => {
    const [a, b] = [await makeUser("A"), await makeUser("B")];
    const team = await createTeam({ actorId: a, name: "Two owners" });
    await db.membership.create({ data: { teamId: team.id, userId: b, role: "owner" } });
    await changeRole({ actorId: b, teamId: team.id, userId: a, role: "viewer" });
    await expect(changeRole({ actorId: b, teamId: team.id, userId: b, role: "admin" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.membership.count({ where: { teamId: team.id, role: "owner" } })).toBe(1);
  });
});

describe("bad input", () => {
  it("names the field and changes nothing", async () => {
    const owner = await makeUser("Olga");
    const team = await createTeam({ actorId: owner, name: "Input team" });
    await expect(renameTeam({ actorId: owner, teamId: team.id, name: " " })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["name"] })],
    });
    await expect(createInvite({ actorId: owner, teamId: team.id, role: "emperor" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["role"] })],
    });
    expect((await db.team.findUnique({ where: { id: team.id } }))?.name).toBe("Input team");
  });
});

describe("platform roles", () => {
  it("lets admins, and only admins, grant and revoke auditor", async () => {
    const [admin, auditor, user] = [
      await makeUser("Ada", "admin"),
      await makeUser("Aud", "auditor"),
      await makeUser("Usr"),
    ];
    await expect(grantAuditor({ actorId: auditor, userId: user })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(grantAuditor({ actorId: user, userId: user })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await grantAuditor({ actorId: admin, userId: user });
    expect((await db.user.findUnique({ where: { id: user } }))?.platformRoles).toBe("auditor");
    await revokeAuditor({ actorId: admin, userId: user });
    expect((await db.user.findUnique({ where: { id: user } }))?.platformRoles).toBe("");
    expect(
      await db.auditLogEntry.count({
        where: { target: `user:${user}`, action: { in: ["auditor.grant", "auditor.revoke"] } },
      }),
    ).toBe(2);
  });
});
