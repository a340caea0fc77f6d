// Deprecate (deploys still allowed, with a warning) or yank (no new deploys) a published version,
// with a reason builders read. The brick's owners and platform admins may, checked inside the transaction;
// the change and its audit-log entry commit together. Both are one-way: publish a new version.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/history/write-history";
import { requireBrickPermission } from "@/lib/bricks/owners/require-brick-permission";
import { refreshListing } from "./refresh-listing";
import { stopYankedFunctions } from "@/lib/functions/bricks/stop-yanked-functions";
import { revalidateCatalog } from "@/lib/catalog/revalidate-catalog";
import { ZVersionReason } from "./schemas";

export type VersionStatusOptions = {
  actorId: string;
  slug: string;
  version: string;
  reason: string;
  now?: Date;
  via?: { teamId: string; tokenId: string };
};

export async function setVersionStatus(opts: VersionStatusOptions, status: "deprecated" | "yanked") {
  const { reason } = ZVersionReason.parse(opts);
  const now = opts.now ?? new Date();
  const row = await db.$transaction(async (tx) => {
    // Owners of the brick and platform admins only (lib/auth/permissions.ts, BRICK_PERMISSIONS).
    await requireBrickPermission(tx, {
      actorId: opts.actorId,
      slug: opts.slug,
      action: status === "yanked" ? "brick.yank" : "brick.deprecate",
    });
    const v = await tx.brickVersion.findFirst({
      where: { version: opts.version, brick: { slug: opts.slug } },
      select: { id: true, brickId: true, yankedAt: true, deprecatedAt: true },
    });
    if (!v) throw new AppError("NOT_FOUND", { userMessage: `Brick "${opts.slug}" has no version ${opts.version}.` });
    if (v.yankedAt) throw new AppError("CONFLICT", { userMessage: `Version ${opts.version} is already yanked.` });
    if (status === "deprecated" && v.deprecatedAt)
      throw new AppError("CONFLICT", { userMessage: `Version ${opts.version} is already deprecated.` });
    const data =
      status === "yanked" ? { yankedAt: now, yankedReason: reason } : { deprecatedAt: now, deprecatedReason: reason };
    const row = await tx.brickVersion.update({
      where: { id: v.id },
      data,
      omit: { wasm: true, abi: true, manifest: true },
    });
    if (status === "yanked") await refreshListing(tx, v.brickId);
    // Function bricks: instances of a yanked version stop, with a notice to each team.
    if (status === "yanked") await stopYankedFunctions(tx, { id: v.id, label: `${opts.slug}@${opts.version}`, reason });
    await writeAuditLog(tx, {
      actorId: opts.actorId,
      teamId: opts.via?.teamId,
      action: status === "yanked" ? "brick.yank" : "brick.deprecate",
      target: `brick:${opts.slug}@${opts.version}`,
      detail: { reason, ...(opts.via ? { via: "api", tokenId: opts.via.tokenId } : {}) },
    });
    return row;
  });
  revalidateCatalog({ slug: opts.slug, version: opts.version });
  return row;
}
