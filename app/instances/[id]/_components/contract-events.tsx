// The instance's own contract events (every one since it was created, indexed by the tracker and
// the event follower), decoded with the brick's ABI: accounts named where known, amounts formatted.
import { ChainValue } from "@/app/_components/networks/chain-value";
import type { TExplorer } from "@/app/_components/networks/explorer-url";
import type { TEventArg } from "@/lib/deployments/events/describe-event";

type ContractEvent = { id: string; name: string; shown: TEventArg[]; blockNumber: number };

export function ContractEvents({ events, network }: { events: ContractEvent[]; network?: TExplorer | null }) {
  if (events.length === 0) return <p className="text-sm text-stone-500">No events yet.</p>;
  return (
    <ul className="space-y-2 text-sm" aria-label="Contract events" data-testid="contract-events">
      {[...events].reverse().map((e) => (
        <li key={e.id} className="rounded-md border border-stone-100 bg-stone-50 p-2">
          <p>
            <span className="font-medium">{e.name}</span>{" "}
            <span className="text-xs text-stone-500">block #{e.blockNumber}</span>
          </p>
          <dl className="mt-1 grid gap-x-3 text-xs sm:grid-cols-[max-content_1fr]">
            {e.shown.map((a) => (
              <div key={a.name} className="contents">
                <dt className="text-stone-500">{a.name}</dt>
                {a.address ? (
                  // An account: its name when known (e.g. "you"), then the address with explorer link and copy.
                  <dd className="break-all">
                    {a.text !== a.address && <span className="mr-1">{a.text}</span>}
                    <ChainValue value={a.address} kind="account" network={network} shorten={a.text !== a.address} />
                  </dd>
                ) : (
                  <dd className="break-all" title={a.raw ? `${a.raw} base units` : undefined}>
                    {a.text}
                  </dd>
                )}
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
