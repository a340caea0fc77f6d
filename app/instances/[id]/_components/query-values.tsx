"use client";
// The instance's current values (manifest queries), read from the chain as the person looking and
// refreshed every few seconds while the page is visible (the page remounts it with fresh values
// after each server render, e.g. when an action lands: its key is the time they were read). Reads go
// through a GET route (../queries), one at a time: a server action would queue with the page's own
// refreshes and hold them back while the chain is slow.
import { useEffect, useState } from "react";
import { ChainValue } from "@/app/_components/networks/chain-value";
import type { TExplorer } from "@/app/_components/networks/explorer-url";
import type { TInstanceQueries } from "@/lib/deployments/queries/get-instance-queries";

const REFRESH_MS = 6_000;

export function QueryValues({
  deploymentId,
  initial,
  network,
}: {
  deploymentId: string;
  initial: TInstanceQueries;
  network: TExplorer;
}) {
  const [data, setData] = useState(initial);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      if (document.visibilityState === "visible") {
        const response = await fetch(`/instances/${encodeURIComponent(deploymentId)}/queries`).catch(() => null);
        const fresh = response?.ok ? ((await response.json().catch(() => null)) as TInstanceQueries | null) : null;
        if (!stopped && fresh) setData(fresh);
      }
      if (!stopped) timer = setTimeout(() => void tick(), REFRESH_MS);
    };
    timer = setTimeout(() => void tick(), REFRESH_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [deploymentId]);

  if (data.error)
    return (
      <p role="status" className="text-sm text-amber-800">
        {data.error}
      </p>
    );
  if (data.values.length === 0) return <p className="text-sm text-stone-500">Shown once the instance is on chain.</p>;
  return (
    <div>
      <dl
        className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]"
        aria-label="Current values"
        data-testid="query-values"
      >
        {data.values.map((q) => (
          <div key={q.id} className="contents" data-testid={`query-${q.id}`}>
            <dt className="text-stone-600" title={q.description || undefined}>
              {q.label}
            </dt>
            <dd className="min-w-0" data-testid={`query-value-${q.id}`}>
              {!q.ok ? (
                <span className="text-amber-800">{q.error}</span>
              ) : q.shown.kind === "address" ? (
                <>
                  {q.shown.you && <span className="mr-1 font-medium">you ·</span>}
                  <ChainValue value={q.shown.address} kind="account" network={network} shorten />
                </>
              ) : (
                <span className="font-medium" title={q.shown.raw ? `${q.shown.raw} base units` : undefined}>
                  {q.shown.text}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-stone-500">
        Read from the network at {new Date(data.readAt).toISOString().slice(11, 19)} UTC; refreshed every few seconds.
      </p>
    </div>
  );
}
