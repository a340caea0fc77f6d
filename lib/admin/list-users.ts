import "server-only";
import { db } from "@/lib/db";
import { parsePlatformRoles } from "@/lib/auth/permissions";
import { requirePlatformRole } from "@/lib/admin/require-platform-role";

/** Platform admins only: everyone who has signed in, newest first; `q` matches a name or an address. */
export async function listUsers(opts: { actorId: string; take?: number; q?: string }) {
  const q = opts.q?.trim();
  return db.$transaction(async (tx) => {
    await requirePlatformRole(tx, { actorId: opts.actorId, action: "admin.view", doing: "see the user list" });
    const users = await tx.user.findMany({
      where: q ? { OR: [{ name: { contains: q } }, { accounts: { some: { address: { contains: q } } } }] } : undefined,
      include: {
        accounts: { select: { address: true, publicKey: true, keyType: true }, take: 1, orderBy: { createdAt: "asc" } },
      },
      orderBy: { createdAt: "desc" },
      take: opts.take ?? 200,
    });
    return users.map((u) => ({
      id: u.id,
      name: u.name,
      address: u.accounts[0]?.address ?? null,
      publicKey: u.accounts[0]?.publicKey ?? null,
      platformRoles: parsePlatformRoles(u.platformRoles),
      since: u.createdAt,
    }));
  });
}
