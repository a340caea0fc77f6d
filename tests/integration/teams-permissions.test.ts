// The permission matrix against the real (fresh, migrated) database: every team action × each role
// × a non-member, through the real services. The expectations are written out here by hand — not
// read from lib/auth/permissions.ts — so a wrong table fails this test instead of passing it.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeRole } from "@/lib/teams/change-role";
import { createInvite } from "@/lib/teams/create-invite";
import { getTeamForMember } from "@/lib/teams/get-team-for-member";
import { getTeamHistory } from "@/lib/teams/get-team-history";
import { leaveTeam } from "@/lib/teams/leave-team";
import { removeMember } from "@/lib/teams/remove-member";
import { renameTeam } from "@/lib/teams/rename-team";
import { requireTeamPermission } from "@/lib/teams/require-team-permission";
import { revokeInvite } from "@/lib/teams/revoke-invite";
import { makeTeam, ACTORS, type Actor, type Fixture } from "./teams-fixture";

type Case = {
  action: string;
  allowed: Actor[];
  run: (f: Fixture, actorId: string) => Promise<unknown>;
  changed: (f: Fixture) => Promise<boolean>;
};

const roleOf = async (f: Fixture, userId: string) =>
  (await db.membership.findUnique({ where: { teamId_userId: { teamId: f.teamId, userId } } }))?.role ?? null;
const teamCheck = (action: Parameters<typeof requireTeamPermission>[1]["action"]) => (f: Fixture, actorId: string) =>
  db.$transaction((tx) => requireTeamPermission(tx, { actorId, teamId: f.teamId, action, doing: action }));
const MANAGERS: Actor[] = ["owner", "admin"];
const EVERYONE: Actor[] = ["owner", "admin", "deployer", "viewer"];

const CASES: Case[] = [
  {
    action: "team.view",
    allowed: EVERYONE,
    run: (f, a) => getTeamForMember({ actorId: a, slug: f.slug }),
    changed: async () => false,
  },
  {
    action: "team.history.view",
    allowed: EVERYONE,
    run: async (f, a) => {
      if ((await getTeamHistory({ actorId: a, teamId: f.teamId })).length === 0)
        throw Object.assign(new Error("empty"), { code: "NOT_FOUND" });
    },
    changed: async () => false,
  },
  {
    action: "team.rename",
    allowed: MANAGERS,
    run: (f, a) => renameTeam({ actorId: a, teamId: f.teamId, name: "Renamed team" }),
    changed: async (f) => (await db.team.findUnique({ where: { id: f.teamId } }))!.name === "Renamed team",
  },
  {
    action: "team.invite (as viewer)",
    allowed: MANAGERS,
    run: (f, a) => createInvite({ actorId: a, teamId: f.teamId, role: "viewer" }),
    changed: async (f) => (await db.teamInvite.count({ where: { teamId: f.teamId } })) > 1,
  },
  {
    action: "team.invite (as owner)",
    allowed: ["owner"],
    run: (f, a) => createInvite({ actorId: a, teamId: f.teamId, role: "owner" }),
    changed: async (f) => (await db.teamInvite.count({ where: { teamId: f.teamId } })) > 1,
  },
  {
    action: "invite.revoke",
    allowed: MANAGERS,
    run: (f, a) => revokeInvite({ actorId: a, teamId: f.teamId, inviteId: f.inviteId }),
    changed: async (f) => (await db.teamInvite.count({ where: { id: f.inviteId } })) === 0,
  },
  {
    action: "member.role.change (viewer → deployer)",
    allowed: MANAGERS,
    run: (f, a) => changeRole({ actorId: a, teamId: f.teamId, userId: f.users.target, role: "deployer" }),
    changed: async (f) => (await roleOf(f, f.users.target)) === "deployer",
  },
  {
    action: "member.role.change (viewer → owner)",
    allowed: ["owner"],
    run: (f, a) => changeRole({ actorId: a, teamId: f.teamId, userId: f.users.target, role: "owner" }),
    changed: async (f) => (await roleOf(f, f.users.target)) === "owner",
  },
  {
    action: "member.role.change (owner → viewer)",
    allowed: ["owner"],
    run: (f, a) => changeRole({ actorId: a, teamId: f.teamId, userId: f.users.owner2, role: "viewer" }),
    changed: async (f) => (await roleOf(f, f.users.owner2)) === "viewer",
  },
  {
    action: "member.remove (a viewer)",
    allowed: MANAGERS,
    run: (f, a) => removeMember({ actorId: a, teamId: f.teamId, userId: f.users.target }),
    changed: async (f) => (await roleOf(f, f.users.target)) === null,
  },
  {
    action: "member.remove (an owner)",
    allowed: ["owner"],
    run: (f, a) => removeMember({ actorId: a, teamId: f.teamId, userId: f.users.owner2 }),
    changed: async (f) => (await roleOf(f, f.users.owner2)) === null,
  },
  {
    action: "team.leave",
    allowed: EVERYONE,
    run: (f, a) => leaveTeam({ actorId: a, teamId: f.teamId }),
    changed: async (f) => (await db.membership.count({ where: { teamId: f.teamId } })) < 6,
  },
  {
    action: "deployment.create",
    allowed: ["owner", "admin", "deployer"],
    run: teamCheck("deployment.create"),
    changed: async () => false,
  },
  {
    action: "deployment.settings",
    allowed: ["owner", "admin", "deployer"],
    run: teamCheck("deployment.settings"),
    changed: async () => false,
  },
  { action: "deployment.view", allowed: EVERYONE, run: teamCheck("deployment.view"), changed: async () => false },
  { action: "apitoken.manage", allowed: MANAGERS, run: teamCheck("apitoken.manage"), changed: async () => false },
];

let ran = 0;
afterAll(async () => {
  console.log(`teams-permissions: ${ran} permission cases ran (${CASES.length} actions × ${ACTORS.length} actors)`);
  await db.$disconnect();
});

describe("team permission matrix", () => {
  for (const c of CASES) {
    for (const actor of ACTORS) {
      const allowed = (c.allowed as string[]).includes(actor);
      it(`${c.action} by ${actor}: ${allowed ? "allowed" : "refused"}`, async () => {
        const f = await makeTeam();
        const logBefore = await db.auditLogEntry.count({ where: { teamId: f.teamId } });
        const result = c.run(f, f.users[actor]);
        if (allowed) {
          await result; // a refusal here fails the test with the service's own message
        } else {
          await expect(result).rejects.toMatchObject({ code: actor === "stranger" ? "NOT_FOUND" : "FORBIDDEN" });
          expect(await c.changed(f)).toBe(false); // refused means nothing was written …
          expect(await db.auditLogEntry.count({ where: { teamId: f.teamId } })).toBe(logBefore); // … not even a log line
        }
        ran++;
      });
    }
  }

  it("writes the audit log for an allowed change: actor, action, target, time", async () => {
    const f = await makeTeam();
    await changeRole({ actorId: f.users.admin, teamId: f.teamId, userId: f.users.target, role: "deployer" });
    const entry = await db.auditLogEntry.findFirst({ where: { teamId: f.teamId, action: "member.role.change" } });
    expect(entry).toMatchObject({ actorId: f.users.admin, target: `user:${f.users.target}` });
    expect(JSON.parse(entry!.detail!)).toEqual({ from: "viewer", to: "deployer" });
    expect(entry!.createdAt).toBeInstanceOf(Date);
  });
});
