// Records that a version's code is on a network (after the chain confirmed it), with the auditor
// check, the row and its log entry in one transaction. Uploading the same code again updates the row.
import "server-only";
import { revalidateCatalog } from "@/lib/catalog/revalidate-catalog";
import { db } from "@/lib/db";
import { writeAuditLog } from "@/lib/history/write-history";
import { requirePlatformRole } from "@/lib/admin/require-platform-role";

export type SaveCodeUpload = {
  actorId: string;
  version: { id: string; version: string; codeHash: string; brick: { slug: string } };
  network: { id: string; slug: string };
  extrinsicHash?: string | null;
  blockHash?: string | null;
  via?: { teamId: string; tokenId: string };
};

export async function saveCodeUpload(o: SaveCodeUpload) {
  const saved = await db.$transaction(async (tx) => {
    await requirePlatformRole(tx, { actorId: o.actorId, action: "brick.publish", doing: "upload code to networks" });
    const data = {
      codeHash: o.version.codeHash,
      extrinsicHash: o.extrinsicHash ?? null,
      blockHash: o.blockHash ?? null,
    };
    const row = await tx.codeUpload.upsert({
      where: { brickVersionId_networkId: { brickVersionId: o.version.id, networkId: o.network.id } },
      create: { brickVersionId: o.version.id, networkId: o.network.id, ...data },
      update: data,
    });
    await writeAuditLog(tx, {
      actorId: o.actorId,
      teamId: o.via?.teamId,
      action: "brick.code.upload",
      target: `brick:${o.version.brick.slug}@${o.version.version}`,
      detail: {
        network: o.network.slug,
        codeHash: o.version.codeHash,
        extrinsicHash: o.extrinsicHash ?? null,
        ...(o.via ? { via: "api", tokenId: o.via.tokenId } : {}),
      },
    });
    return row;
  });
  // The brick page lists where its code is on chain.
  revalidateCatalog({ slug: o.version.brick.slug });
  return saved;
}
