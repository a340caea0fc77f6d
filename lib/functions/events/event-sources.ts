// The contracts whose events may trigger a function fed into `target`, with the events each can emit
// (from its brick's ABI): the target itself, and the team's live contracts on the same network linked
// to it — the target's settings name their address (the oracle's consumer) or theirs name the target.
// Only contracts Brickyard indexes (deployments on chain) can be listened to.
import "server-only";
import { db } from "@/lib/db";
import { accountKey } from "@/lib/deployments/events/describe-event";
import { ON_CHAIN_STATUSES } from "@/lib/statuses/deployment-statuses";

export type TEventSource = { id: string; name: string; relation: "target" | "linked"; events: string[] };

export async function listEventSources(
  target: { id: string; teamId: string; networkId: string },
  allowed: readonly ("target" | "linked")[] = ["target", "linked"],
): Promise<TEventSource[]> {
  const rows = await db.deployment.findMany({
    where: {
      teamId: target.teamId,
      networkId: target.networkId,
      address: { not: null },
      status: { in: [...ON_CHAIN_STATUSES] },
    },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, name: true, address: true, config: true, brickVersion: { select: { abi: true } } },
  });
  const self = rows.find((r) => r.id === target.id);
  if (!self) return [];
  const selfKey = accountKey(self.address!);
  const selfLinks = addressesIn(self.config);
  const out: TEventSource[] = [];
  for (const r of rows) {
    const relation = r.id === self.id ? "target" : isLinked(r) ? "linked" : null;
    if (!relation || !allowed.includes(relation)) continue;
    out.push({ id: r.id, name: r.name, relation, events: abiEvents(r.brickVersion.abi) });
  }
  return out.sort((a, b) => (a.relation === b.relation ? 0 : a.relation === "target" ? -1 : 1));

  function isLinked(r: { address: string | null; config: string }) {
    const key = accountKey(r.address!);
    return (key !== null && selfLinks.has(key)) || (selfKey !== null && addressesIn(r.config).has(selfKey));
  }
}

/** The event names an ink! metadata (spec.events[].label) or a Solidity ABI (type "event") declares. */
export function abiEvents(abiText: string): string[] {
  try {
    const abi = JSON.parse(abiText) as unknown;
    if (Array.isArray(abi))
      return abi.filter((e) => e?.type === "event" && typeof e.name === "string").map((e) => e.name as string);
    const events = (abi as { spec?: { events?: { label?: unknown }[] } }).spec?.events ?? [];
    return events.map((e) => e.label).filter((l): l is string => typeof l === "string");
  } catch {
    return [];
  }
}

/** Every account key named by a deployment's settings (its link fields hold addresses). */
function addressesIn(configText: string): Set<string> {
  const keys = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === "string" && v.length >= 40) {
      const key = accountKey(v);
      if (key) keys.add(key);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") Object.values(v).forEach(visit);
  };
  try {
    visit(JSON.parse(configText));
  } catch {
    // Unreadable settings link to nothing.
  }
  return keys;
}
