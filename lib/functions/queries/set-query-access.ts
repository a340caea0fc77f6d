// The instance page's choice for the query URL: "public" (anyone with the address) or "token" (a
// team API token of the function's team). Operators only, checked in the query; logged.
import "server-only";
import { db } from "@/lib/db";
import { writeAuditLog } from "@/lib/history/write-history";
import { operable } from "@/lib/functions/bricks/operate-function";
import type { TQueryAccess } from "./query-params";

export async function setQueryAccess(opts: { actorId: string; instanceId: string; access: TQueryAccess }) {
  const inst = await operable(opts.actorId, opts.instanceId);
  await db.$transaction(async (tx) => {
    await tx.functionInstance.update({ where: { id: inst.id }, data: { queryAccess: opts.access } });
    await writeAuditLog(tx, {
      actorId: opts.actorId,
      teamId: inst.teamId,
      action: "function.query.access",
      target: `function:${inst.id}`,
      detail: { access: opts.access },
    });
  });
  return { access: opts.access };
}
