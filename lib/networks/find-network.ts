// A network by its slug, or NOT_FOUND in plain words.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZNetworkSlug } from "./schemas";

export async function findNetwork(slug: string) {
  const parsed = ZNetworkSlug.safeParse(slug);
  const row = parsed.success ? await db.network.findUnique({ where: { slug: parsed.data } }) : null;
  if (!row) throw new AppError("NOT_FOUND", { userMessage: `There is no network "${slug}".` });
  return row;
}
