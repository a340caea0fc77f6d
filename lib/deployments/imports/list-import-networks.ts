// The networks a contract can be imported from: every enabled one (importing writes nothing on
// chain, so a brick version's own network list does not limit it).
import "server-only";
import { db } from "@/lib/db";

export function listImportNetworks() {
  return db.network.findMany({
    where: { enabled: true },
    select: { slug: true, name: true, platform: true },
    orderBy: { name: "asc" },
  });
}
