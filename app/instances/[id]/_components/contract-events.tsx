// The instance's own contract events (every one since it was created, indexed by the tracker and
// the event follower), decoded with the brick's ABI: accounts named where known, amounts formatted.
import type { TEventArg } from "@/lib/deployments/events/describe-event";

type ContractEvent = { id: string; name: string; shown: TEventArg[]; blockNumber: number };

export function ContractEvents({ events }: { events: ContractEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-stone-500">No events yet.</p>;
  return (
    <ul className="space-y-2 text-sm" aria-label="Contract events" data-testid="contract-events">
      {[...events].reverse().map((e) => (
        <li key={e.id} className="rounded-md border border-stone-100 bg-stone-50 p-2">
          <p><span className="font-medium">{e.name}</span> <span className="text-xs text-stone-500">block #{e.blockNumber}</span></p>
          <dl className="mt-1 grid gap-x-3 text-xs sm:grid-cols-[max-content_1fr]">
            {e.shown.map((a) => (
              <div key={a.name} className="contents">
                <dt className="text-stone-500">{a.name}</dt>
                <dd className={a.address && a.text === a.address ? "break-all font-mono" : "break-all"} title={a.address ?? (a.raw ? `${a.raw} base units` : undefined)}>{a.text}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
