// A fresh team per test case: two owners (so an owner may leave or be demoted), one member of each
// other role, a viewer to act on ("target"), a stranger, and one open invite.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { createInvite } from "@/lib/teams/create-invite";
import { createTeam } from "@/lib/teams/create-team";

// These tests write users and teams: never into a real database (the global setup points
// DATABASE_URL at a fresh file under .tmp/).
if (!/\.tmp\//.test(process.env.DATABASE_URL ?? "")) {
  throw new Error(
    `Refusing to run team tests against ${process.env.DATABASE_URL ?? "the default database"}: expected a test database under .tmp/.`,
  );
}

export const ACTORS = ["owner", "admin", "deployer", "viewer", "stranger"] as const;
export type Actor = (typeof ACTORS)[number];
type People = Record<Actor | "owner2" | "target", string>;
export type Fixture = { teamId: string; slug: string; inviteId: string; users: People };

export async function makeUser(name: string, platformRoles = ""): Promise<string> {
  const publicKey = `0x${randomBytes(32).toString("hex")}`;
  const user = await db.user.create({
    data: {
      name,
      platformRoles,
      accounts: { create: { publicKey, address: `test-${publicKey.slice(2, 14)}`, keyType: "sr25519" } },
    },
  });
  return user.id;
}

export async function makeTeam(): Promise<Fixture> {
  const names = ["owner", "owner2", "admin", "deployer", "viewer", "target", "stranger"] as const;
  const ids = await Promise.all(names.map((n) => makeUser(n)));
  const users = Object.fromEntries(names.map((n, i) => [n, ids[i]])) as People;
  const team = await createTeam({ actorId: users.owner, name: "Matrix team" });
  const roles: [keyof People, string][] = [
    ["owner2", "owner"],
    ["admin", "admin"],
    ["deployer", "deployer"],
    ["viewer", "viewer"],
    ["target", "viewer"],
  ];
  await db.membership.createMany({ data: roles.map(([who, role]) => ({ teamId: team.id, userId: users[who], role })) });
  const { invite } = await createInvite({ actorId: users.owner, teamId: team.id, role: "viewer" });
  return { teamId: team.id, slug: team.slug, inviteId: invite.id, users };
}
