// The version and network a code upload is about, or plain 404s.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function findVersionAndNetwork({
  slug,
  version,
  network,
}: {
  slug: string;
  version: string;
  network: string;
}) {
  const [v, net] = await Promise.all([
    db.brickVersion.findFirst({
      where: { version, brick: { slug } },
      select: {
        id: true,
        version: true,
        codeHash: true,
        wasm: true,
        yankedAt: true,
        brick: { select: { slug: true } },
      },
    }),
    db.network.findUnique({ where: { slug: network } }),
  ]);
  if (!v) throw new AppError("NOT_FOUND", { userMessage: `Brick "${slug}" has no version ${version}.` });
  if (!net)
    throw new AppError("NOT_FOUND", {
      userMessage: `There is no network "${network}".`,
      fields: { network: ["Unknown network."] },
    });
  return { version: v, network: net };
}
