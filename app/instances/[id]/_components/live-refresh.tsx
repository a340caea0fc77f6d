"use client";
// While something is in flight, listens to the deployment's progress stream and re-renders the
// page (server data) on every change; stops when the server says nothing more is in flight.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function LiveRefresh({ id, active }: { id: string; active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const source = new EventSource(`/instances/${id}/stream`);
    let first = true;
    source.onmessage = () => {
      // The first message is the state the page was rendered with.
      if (first) first = false;
      else router.refresh();
    };
    source.addEventListener("done", () => {
      source.close();
      router.refresh();
    });
    return () => source.close();
  }, [id, active, router]);
  return active ? (
    <p aria-live="polite" className="text-sm text-stone-600" data-testid="live">
      <span aria-hidden className="mr-2 inline-block h-2 w-2 animate-pulse rounded-full bg-amber-500" />
      Following the network live…
    </p>
  ) : null;
}
