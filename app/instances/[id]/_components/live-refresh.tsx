"use client";
// While something is in flight, listens to the deployment's progress stream and re-renders the
// page (server data) on every change; stops when the server says nothing more is in flight.
// A panel that has just sent a transaction calls followLive(): the stream then opens at once, without
// waiting for the page's refresh to say something is in flight (on a loaded machine that refresh was
// seen not to arrive, and the page stayed on "not sent yet" after the link was final).
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

const FOLLOW_EVENT = "brickyard:follow-live";

/** For the instance page's panels: a transaction was just sent, follow the network live. */
export function followLive(): void {
  window.dispatchEvent(new Event(FOLLOW_EVENT));
}

export function LiveRefresh({ id, active }: { id: string; active: boolean }) {
  const router = useRouter();
  const [sent, setSent] = useState(0); // transactions sent from this page since it was rendered
  const following = active || sent > 0;

  useEffect(() => {
    const onSent = () => setSent((n) => n + 1);
    window.addEventListener(FOLLOW_EVENT, onSent);
    return () => window.removeEventListener(FOLLOW_EVENT, onSent);
  }, []);

  useEffect(() => {
    if (!following) return;
    const source = new EventSource(`/instances/${id}/stream`);
    // The first message is the state the page was rendered with, unless a panel has just sent something.
    let first = sent === 0;
    source.onmessage = () => {
      if (first) first = false;
      else router.refresh();
    };
    source.addEventListener("done", () => {
      source.close();
      router.refresh();
    });
    return () => source.close();
  }, [id, following, sent, router]);
  return following ? (
    <p aria-live="polite" className="text-sm text-stone-600" data-testid="live">
      <span aria-hidden className="mr-2 inline-block h-2 w-2 animate-pulse rounded-full bg-amber-500" />
      Following the network live…
    </p>
  ) : null;
}
