// Managing networks is for platform admins only; checked in a query before anything else runs
// (so a non-admin cannot even make the server connect to a URL of their choice).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { requirePlatformRole } from "@/lib/admin/require-platform-role";
import { db } from "@/lib/db";

export function requireNetworkAdmin(actorId: string, tx: Prisma.TransactionClient = db): Promise<void> {
  return requirePlatformRole(tx, { actorId, action: "network.manage", doing: "manage networks" });
}
