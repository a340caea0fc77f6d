// On which networks each version's code is stored (recorded uploads, newest first), for the brick
// page: builders can only deploy a version where its code is.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

export async function listCodeAvailability(db: PrismaClient, brickVersionIds: string[]) {
  const rows = await db.codeUpload.findMany({
    where: { brickVersionId: { in: brickVersionIds } },
    select: {
      brickVersionId: true,
      codeHash: true,
      extrinsicHash: true,
      createdAt: true,
      network: { select: { slug: true, name: true } },
    },
    orderBy: { createdAt: "desc" },
  });
  const byVersion = new Map<string, typeof rows>();
  for (const r of rows) byVersion.set(r.brickVersionId, [...(byVersion.get(r.brickVersionId) ?? []), r]);
  return byVersion;
}
