// The configuration history the function page shows: each saved version, newest first, who saved it
// (their display name), when, and what changed in words. Called after the page's own team check.
import "server-only";
import { db } from "@/lib/db";

export async function listConfigVersions(instanceId: string, take = 20) {
  const rows = await db.functionConfigVersion.findMany({
    where: { instanceId },
    orderBy: { version: "desc" },
    take,
    select: { version: true, changes: true, createdById: true, createdAt: true },
  });
  const ids = [...new Set(rows.map((r) => r.createdById).filter((x): x is string => !!x))];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name ?? "a team member"]));
  return rows.map((r) => ({
    version: r.version,
    changes: JSON.parse(r.changes) as string[],
    by: r.createdById ? (names.get(r.createdById) ?? "a former member") : "Brickyard",
    at: r.createdAt,
  }));
}
