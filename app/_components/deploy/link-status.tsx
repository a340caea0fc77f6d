"use client";
// The link field's live check on the chosen network (a contract there, answering the messages the
// brick needs), shown under the field itself while the builder types; its verdict is reported up
// (onProblem) so the form's summary counts it with the other answers. Debounced; only the latest answer counts.
import { useEffect, useState } from "react";
import type { TLinkCheck } from "@/lib/deployments/check-link";
import { checkLinkAction } from "./actions";

type State = {
  address: string;
  network: string;
  result: TLinkCheck | { ok: false; message: string; pending?: boolean };
};

export function LinkStatus(props: {
  brick: string;
  version: string;
  network: string;
  networkName: string;
  address: string | null;
  requiredMessages: string[];
  onProblem?: (message: string | null) => void;
}) {
  const { brick, version, network, address, onProblem } = props;
  const [state, setState] = useState<State | null>(null);
  useEffect(() => {
    if (!address) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const r = await checkLinkAction({ brick, version, network, address });
      if (cancelled) return;
      setState({ address, network, result: r.ok ? r.data : { ok: false, message: r.message } });
    }, 400);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [brick, version, network, address]);

  const current = address && state && state.address === address && state.network === network ? state.result : null;
  const problem = current && !current.ok ? current.message : null;
  useEffect(() => onProblem?.(problem), [problem, onProblem]);

  if (!address) return null;
  return (
    <div
      aria-live="polite"
      data-testid="link-status"
      className="rounded-md border border-stone-200 bg-stone-50 p-3 text-sm [overflow-wrap:anywhere]"
    >
      {!current && <p className="text-stone-600">Checking your contract on {props.networkName}…</p>}
      {current?.ok && (
        <p className="text-emerald-800">
          ✓ A contract lives at this address on {props.networkName}
          {current.messages.length > 0 && (
            <>
              {" "}
              and answers{" "}
              {current.messages.map((m, i) => (
                <span key={m}>
                  {i > 0 && ", "}
                  <code className="font-mono text-xs">{m}</code>
                </span>
              ))}
            </>
          )}
          .
        </p>
      )}
      {current && !current.ok && (
        <p role="alert" className="text-red-800">
          ✗ {current.message}
        </p>
      )}
    </div>
  );
}
