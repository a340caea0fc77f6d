"use client";
// Run now, pause/resume, and (on dev chains) fund the automation account; then the page refreshes.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/app/_components/ui";
import type { TTestRun } from "@/lib/functions/bricks/test-run";
import { fundAction, runNowAction, setEnabledAction, testRunAction } from "../actions";
import { PollRefresh } from "./poll-refresh";
import { TestRunReport } from "./test-run-report";

type TProps = { instanceId: string; enabled: boolean; canFund: boolean };

export function OperateButtons({ instanceId, enabled, canFund }: TProps) {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [test, setTest] = useState<TTestRun | null>(null);
  // After "Run now", watch the page until the run shows up (the page's own refresher takes over then).
  const [watching, setWatching] = useState(false);

  async function act<T>(
    doing: string,
    call: () => Promise<{ ok: true; data: T } | { ok: false; message: string }>,
    done: (d: T) => string,
  ) {
    setBusy(doing);
    setError(null);
    setNote(null);
    const r = await call();
    setBusy(null);
    if (!r.ok) return setError(r.message);
    setNote(done(r.data));
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <PollRefresh active={watching} />
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          disabled={!!busy}
          onClick={() =>
            act(
              "Queuing a run…",
              () => runNowAction({ instanceId }),
              () => {
                setWatching(true);
                setTimeout(() => setWatching(false), 60_000);
                return "Queued: the run appears below in a few seconds.";
              },
            )
          }
        >
          Run now
        </Button>
        <Button
          variant="secondary"
          type="button"
          disabled={!!busy}
          onClick={() =>
            act(
              "Running once without delivering…",
              () => testRunAction({ instanceId }),
              (t: TTestRun) => {
                setTest(t);
                return "Test run done (nothing was sent).";
              },
            )
          }
        >
          Test run
        </Button>
        <Button
          variant="secondary"
          type="button"
          disabled={!!busy}
          onClick={() =>
            act(
              enabled ? "Pausing…" : "Resuming…",
              () => setEnabledAction({ instanceId, enabled: !enabled }),
              (d) =>
                d.enabled ? "Resumed: it runs on its schedule again." : "Paused: no scheduled runs until you resume.",
            )
          }
        >
          {enabled ? "Pause" : "Resume"}
        </Button>
        {canFund && (
          <Button
            variant="secondary"
            type="button"
            disabled={!!busy}
            onClick={() =>
              act(
                "Sending test tokens…",
                () => fundAction({ instanceId }),
                (d) => d.message,
              )
            }
          >
            Fund its account (dev chain)
          </Button>
        )}
      </div>
      {busy && (
        <p role="status" className="text-sm text-stone-700">
          {busy}
        </p>
      )}
      {note && (
        <p aria-live="polite" className="text-sm text-emerald-800">
          {note}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      )}
      {test && <TestRunReport test={test} />}
    </div>
  );
}
