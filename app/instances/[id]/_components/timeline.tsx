// What happened to the deployment, when, and who did it (people by name; the tracker as Brickyard).
// Addresses and hashes inside the texts get explorer links and copy buttons (ChainText).
import { ChainText } from "@/app/_components/networks/chain-text";
import type { TExplorer } from "@/app/_components/networks/explorer-url";
const WORDS: Record<string, string> = {
  draft: "prepared the deploy",
  signed: "signed and sent the deploy",
  in_block: "saw the deploy in a block",
  finalized: "saw the block finalized",
  failed: "recorded a failure",
  waiting: "lost contact with the network",
  reorg: "saw a block replaced",
  link_prepared: "prepared the link transaction",
  link_signed: "signed and sent the link transaction",
  link_in_block: "saw the link transaction in a block",
  link_finalized: "saw the link block finalized",
  link_verified: "verified the link on chain",
  link_unverified: "could not verify the link",
  link_failed: "recorded a failed link",
  action_signed: "signed and sent a settings action",
  action_in_block: "saw the settings action in a block",
  action_finalized: "saw the settings action's block finalized",
  action_failed: "recorded a failed settings action",
  imported: "imported the contract",
  missing_on_chain: "found the contract missing on chain",
};

type Event = { id: string; status: string; detail: string | null; createdAt: Date; actorName: string | null };

export function Timeline({ events, network }: { events: Event[]; network?: TExplorer | null }) {
  return (
    <ol className="space-y-3 border-l-2 border-stone-200 pl-4 text-sm" aria-label="Timeline">
      {events.map((e) => (
        <li key={e.id} className="relative">
          <span aria-hidden className="absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full bg-brand-500" />
          <p>
            <time dateTime={e.createdAt.toISOString()} className="mr-2 text-stone-500">
              {e.createdAt.toLocaleString("en-GB", {
                day: "numeric",
                month: "short",
                hour: "2-digit",
                minute: "2-digit",
                second: "2-digit",
                timeZone: "UTC",
              })}{" "}
              UTC
            </time>
            <span className="font-medium">{e.actorName ?? "Brickyard"}</span> {WORDS[e.status] ?? e.status}
          </p>
          {e.detail && (
            <p className="text-stone-600 [overflow-wrap:anywhere]">
              <ChainText text={e.detail} network={network} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
