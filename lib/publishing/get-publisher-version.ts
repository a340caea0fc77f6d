// The version page of the publishing area: status, audits with their attestations, where the code
// is, and the networks it could be uploaded to. Auditors and platform admins only (in the query).
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePlatformRole } from "@/lib/admin/require-platform-role";

export async function getPublisherVersion(opts: { actorId: string; slug: string; version: string }) {
  await requirePlatformRole(db, { actorId: opts.actorId, action: "brick.yank", doing: "manage brick versions" });
  const v = await db.brickVersion.findFirst({
    where: { version: opts.version, brick: { slug: opts.slug } },
    omit: { wasm: true, abi: true },
    include: {
      brick: { select: { slug: true, name: true, latestVersion: true, audited: true } },
      audits: { orderBy: { createdAt: "desc" }, include: { attestations: { orderBy: { createdAt: "asc" } } } },
      codeUploads: { include: { network: { select: { slug: true, name: true } } } },
    },
  });
  if (!v) throw new AppError("NOT_FOUND", { userMessage: `Brick "${opts.slug}" has no version ${opts.version}.` });
  const networks = await db.network.findMany({
    select: { slug: true, name: true, rpcUrl: true, protected: true },
    orderBy: { name: "asc" },
  });
  return { version: v, networks };
}
export type PublisherVersion = Awaited<ReturnType<typeof getPublisherVersion>>;
