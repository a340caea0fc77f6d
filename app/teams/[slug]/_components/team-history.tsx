import type { HistoryNames } from "@/lib/catalog/history-names";
import { shortAddress } from "@/lib/wallet/short-address";

type Entry = {
  id: string;
  action: string;
  target: string;
  targetName: string | null;
  detail: Record<string, unknown> | null;
  at: Date;
  actor: { name: string | null; address: string | null } | null;
};

// Plain words for the log's action names; unknown ones (from other domains) show as they are.
function describe(e: Entry, names: HistoryNames): string {
  const who = e.targetName ?? "someone";
  const d = e.detail ?? {};
  switch (e.action) {
    case "team.create":
      return d.personal ? "created this personal team" : "created the team";
    case "team.rename":
      return `renamed the team from “${d.from}” to “${d.to}”`;
    case "team.invite":
      return `created an invite link for a ${d.role}`;
    case "invite.revoke":
      return "revoked an invite link";
    case "invite.accept":
      return `joined as ${d.role}`;
    case "member.role.change":
      return `changed ${who}'s role from ${d.from} to ${d.to}`;
    case "member.remove":
      return `removed ${who}`;
    case "team.leave":
      return "left the team";
    case "deployment.create": {
      const brick = names.bricks[String(d.brick)] ?? d.brick;
      const network = names.networks[String(d.network)] ?? d.network;
      return `prepared the deployment “${d.name}” of ${brick} on ${network}`;
    }
    case "deployment.submit":
      return "signed and sent a deployment";
    case "deployment.link":
      return "signed and sent the link to their own contract";
    case "deployment.action":
      return `ran “${d.action}” on the instance “${d.instance}”`;
    case "apitoken.create":
      return `created the API token “${d.name ?? "unnamed"}”`;
    case "apitoken.revoke":
      return "revoked an API token";
    case "function.stopped":
      return `stopped the function “${d.name}”: its brick ${d.brick} was withdrawn (${d.reason})`;
    case "function.create":
      return `set up the function ${d.brick ?? ""}`.trimEnd();
    case "function.pause":
      return "paused a function";
    case "function.resume":
      return "resumed a function";
    case "function.run":
      return "pressed Run now on a function";
    case "function.fund":
      return "sent test tokens to a function's automation account (dev chain)";
    case "function.webhook.create":
      return "turned on a function's webhook";
    case "function.webhook.rotate":
      return "made a new webhook secret for a function";
    case "function.query.access":
      return d.access === "public"
        ? "made a function's query address public"
        : "made a function's query address need a team API token";
    default:
      return `${e.action} ${e.target}`;
  }
}

export function TeamHistory({
  entries,
  names = { bricks: {}, networks: {} },
}: {
  entries: Entry[];
  names?: HistoryNames;
}) {
  if (entries.length === 0) return <p className="text-sm text-stone-500">Nothing has happened yet.</p>;
  return (
    <ol className="space-y-2 text-sm" aria-label="Team history">
      {entries.map((e) => (
        <li key={e.id} className="flex flex-wrap gap-x-2 [overflow-wrap:anywhere]">
          <time dateTime={e.at.toISOString()} className="w-36 shrink-0 text-stone-500">
            {e.at.toLocaleString("en-GB", {
              day: "numeric",
              month: "short",
              hour: "2-digit",
              minute: "2-digit",
              timeZone: "UTC",
            })}{" "}
            UTC
          </time>
          <span className="min-w-0 flex-1 basis-60">
            <span className="font-medium">
              {e.actor?.name ?? (e.actor?.address ? shortAddress(e.actor.address) : "Brickyard")}
            </span>{" "}
            {describe(e, names)}
          </span>
        </li>
      ))}
    </ol>
  );
}
