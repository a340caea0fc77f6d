// The one table of who may do what. Server services put `rolesAllowed(action)` inside their
// queries (so a missing check is visible in the query itself), and the UI calls `can()` to hide
// what a person may not do. Pure data and functions: safe to import from client components.

export const TEAM_ROLES = ["owner", "admin", "deployer", "viewer"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const PLATFORM_ROLES = ["auditor", "admin"] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

const EVERY_MEMBER: readonly TeamRole[] = TEAM_ROLES;
const MANAGERS: readonly TeamRole[] = ["owner", "admin"];

/** Team actions → the team roles that may do them. */
export const TEAM_PERMISSIONS = {
  "team.view": EVERY_MEMBER,
  "team.history.view": EVERY_MEMBER,
  "team.rename": MANAGERS,
  "team.invite": MANAGERS,
  "invite.revoke": MANAGERS,
  "member.remove": MANAGERS,
  "member.role.change": MANAGERS,
  // Anything that makes someone an owner, or touches an owner, needs an owner: otherwise an admin
  // could promote themselves or lock the owners out.
  "member.owner.manage": ["owner"],
  "team.leave": EVERY_MEMBER,
  "deployment.create": ["owner", "admin", "deployer"],
  "deployment.settings": ["owner", "admin", "deployer"],
  "deployment.view": EVERY_MEMBER,
  "apitoken.manage": MANAGERS,
  // Function instances (issue 13): configured and operated like deployments, watched by every member.
  "function.configure": ["owner", "admin", "deployer"],
  "function.operate": ["owner", "admin", "deployer"],
  "function.view": EVERY_MEMBER,
} as const satisfies Record<string, readonly TeamRole[]>;
export type TeamAction = keyof typeof TEAM_PERMISSIONS;

/** Platform actions → the platform roles that may do them. */
export const PLATFORM_PERMISSIONS = {
  "brick.publish": ["auditor"],
  "brick.yank": ["auditor", "admin"],
  "auditor.grant": ["admin"],
  "auditor.revoke": ["admin"],
  "admin.view": ["admin"],
  "network.manage": ["admin"],
} as const satisfies Record<string, readonly PlatformRole[]>;
export type PlatformAction = keyof typeof PLATFORM_PERMISSIONS;

/** For Prisma filters: `role: { in: rolesAllowed("team.rename") }`. A fresh array each call. */
export function rolesAllowed(action: TeamAction): TeamRole[] {
  return [...TEAM_PERMISSIONS[action]];
}

export function isTeamRole(value: unknown): value is TeamRole {
  return typeof value === "string" && (TEAM_ROLES as readonly string[]).includes(value);
}

/** UI and tests: may a member with `role` do `action`? Non-members (role undefined) may not. */
export function can(role: string | null | undefined, action: TeamAction): boolean {
  return isTeamRole(role) && (TEAM_PERMISSIONS[action] as readonly string[]).includes(role);
}

/** The action a role change or removal needs, given the roles involved (see member.owner.manage). */
export function memberActionFor(
  base: "member.role.change" | "member.remove" | "team.invite",
  ...roles: string[]
): TeamAction[] {
  return roles.includes("owner") ? [base, "member.owner.manage"] : [base];
}

/** Roles that a member with `role` may hand out (invite or role change). */
export function assignableRoles(role: string | null | undefined): TeamRole[] {
  if (!can(role, "member.role.change")) return [];
  return TEAM_ROLES.filter((r) => r !== "owner" || can(role, "member.owner.manage"));
}

// Platform roles are stored comma-separated on User.platformRoles (no join needed for a check).
export function parsePlatformRoles(stored: string | null | undefined): PlatformRole[] {
  return (stored ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s): s is PlatformRole => (PLATFORM_ROLES as readonly string[]).includes(s));
}

export function formatPlatformRoles(roles: Iterable<PlatformRole>): string {
  return PLATFORM_ROLES.filter((r) => new Set(roles).has(r)).join(",");
}

export function canPlatform(roles: readonly string[] | string, action: PlatformAction): boolean {
  const held = typeof roles === "string" ? parsePlatformRoles(roles) : roles;
  return PLATFORM_PERMISSIONS[action].some((r: PlatformRole) => held.includes(r));
}

export const ROLE_LABELS: Record<TeamRole, string> = {
  owner: "Owner",
  admin: "Admin",
  deployer: "Deployer",
  viewer: "Viewer",
};

export const ROLE_HELP: Record<TeamRole, string> = {
  owner: "Everything, including managing other owners.",
  admin: "Rename the team, invite and manage members (not owners), deploy.",
  deployer: "Deploy bricks and change instance settings.",
  viewer: "See the team's deployments and history.",
};

/** For Prisma filters on User.platformRoles (role names never contain one another). */
export function platformRolesAllowed(action: PlatformAction): PlatformRole[] {
  return [...PLATFORM_PERMISSIONS[action]];
}

/** Roles allowed to do every one of `actions` (e.g. a role change that also touches an owner). */
export function rolesAllowedAll(actions: readonly TeamAction[]): TeamRole[] {
  return TEAM_ROLES.filter((r) => actions.every((a) => can(r, a)));
}

// ── Brick owners ────────────────────────────────────────────────────────────────
// A brick belongs to whoever first published it (Brick.ownerUserId) and the team they published
// through (Brick.ownerTeamId, whose owners/admins count as owners). A brick with neither (seeded)
// belongs to the platform. What someone may do to a brick depends on how they stand to it:
// "owner" (an auditor who owns it), "platform-admin", "auditor" (any other auditor), or "none".

export const BRICK_RELATIONS = ["owner", "platform-admin", "auditor", "none"] as const;
export type BrickRelation = (typeof BRICK_RELATIONS)[number];

/** Brick actions → the relations that may do them. */
export const BRICK_PERMISSIONS = {
  "brick.version.publish": ["owner", "platform-admin"],
  "brick.deprecate": ["owner", "platform-admin"],
  "brick.yank": ["owner", "platform-admin"],
  "brick.transfer": ["owner", "platform-admin"],
  // Another auditor may audit an existing version again and sign it (co-audit), never publish.
  "brick.coaudit": ["owner", "platform-admin", "auditor"],
} as const satisfies Record<string, readonly BrickRelation[]>;
export type BrickAction = keyof typeof BRICK_PERMISSIONS;

/** Team roles of the owning team that act as the brick's owners. */
export const BRICK_OWNER_TEAM_ROLES: readonly TeamRole[] = MANAGERS;

/** How an actor stands to a brick, from plain facts (the server gathers them inside its transaction). */
export function brickRelation(facts: { platformRoles: readonly string[] | string; ownsBrick: boolean }): BrickRelation {
  const roles = typeof facts.platformRoles === "string" ? parsePlatformRoles(facts.platformRoles) : facts.platformRoles;
  if (roles.includes("admin")) return "platform-admin";
  if (!roles.includes("auditor")) return "none";
  return facts.ownsBrick ? "owner" : "auditor";
}

export function canBrick(relation: BrickRelation, action: BrickAction): boolean {
  return (BRICK_PERMISSIONS[action] as readonly BrickRelation[]).includes(relation);
}
