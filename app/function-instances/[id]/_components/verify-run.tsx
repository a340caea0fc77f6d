"use client";
// "Verify this run": checks the receipt's signature and re-runs the function from it, then says
// whether the output matches.
import { useState } from "react";
import { Button } from "@/app/_components/ui";
import type { TRunVerification } from "@/lib/functions/bricks/verify-function-run";
import { verifyRunAction } from "../actions";

export function VerifyRun({ instanceId, runId }: { instanceId: string; runId: string }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TRunVerification | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <Button
        variant="secondary"
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const r = await verifyRunAction({ instanceId, runId });
          setBusy(false);
          if (r.ok) setResult(r.data);
          else setError(r.message);
        }}
      >
        {busy ? "Verifying…" : "Verify this run"}
      </Button>
      {result && (
        <p
          aria-live="polite"
          data-testid="verify-result"
          className={`text-sm ${result.reproduced ? "text-emerald-800" : "text-red-800"}`}
        >
          {result.words}
        </p>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
