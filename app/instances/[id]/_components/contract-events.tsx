// The instance's own events (pallet-contracts ContractEmitted), decoded with the brick's ABI.
type ContractEvent = { id: string; name: string; args: Record<string, unknown>; blockNumber: number };

const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

export function ContractEvents({ events }: { events: ContractEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-stone-500">No events yet.</p>;
  return (
    <ul className="space-y-2 text-sm" aria-label="Contract events">
      {events.map((e) => (
        <li key={e.id} className="rounded-md border border-stone-100 bg-stone-50 p-2">
          <p><span className="font-medium">{e.name}</span> <span className="text-xs text-stone-500">block #{e.blockNumber}</span></p>
          <dl className="mt-1 grid gap-x-3 text-xs sm:grid-cols-[max-content_1fr]">
            {Object.entries(e.args).map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-stone-500">{k}</dt>
                <dd className="break-all font-mono">{show(v)}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
