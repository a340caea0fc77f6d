// A watched contract's messages (imported with its own metadata, no brick behind it): read-only
// messages that take arguments are asked here; messages that change something are called through
// the settings actions' form, dry-run and wallet signature; messages Brickyard cannot call are
// listed with the reason. Read-only messages without arguments are the "Current values" above.
import type { TInstance } from "@/lib/deployments/get-instance";
import { Card } from "@/app/_components/ui";
import { monoClass } from "@/app/_components/ui/classes";
import { AskMessage } from "./ask-message";
import { SettingsPanel } from "./settings-panel";

export function WatchedPanel({ d }: { d: TInstance }) {
  if (!d.watched) return null;
  const readOnly = new Set(d.watched.readOnly);
  const ask = d.settings.filter((s) => readOnly.has(s.id) && Object.keys(s.config.properties ?? {}).length > 0);
  const call = d.settings.filter((s) => !readOnly.has(s.id));
  return (
    <>
      {ask.length > 0 && (
        <Card aria-labelledby="ask-title">
          <h2 id="ask-title" className="mb-1 text-lg font-semibold">
            Ask the contract
          </h2>
          <p className="mb-3 text-sm text-stone-600">
            Messages that only read. Asking costs nothing and signs nothing.
          </p>
          <ul className="space-y-3" aria-label="Read-only messages">
            {ask.map((m) => (
              <AskMessage key={m.id} deploymentId={d.id} message={m} />
            ))}
          </ul>
        </Card>
      )}
      {(call.length > 0 || d.actionTxs.length > 0) && (
        <Card aria-labelledby="settings-title">
          <h2 id="settings-title" className="mb-1 text-lg font-semibold">
            Call a message
          </h2>
          <p className="mb-3 text-sm text-stone-600">
            Messages that change the contract. Each one is checked with a dry-run first, then signed with your wallet.
          </p>
          <SettingsPanel d={d} actions={call} />
        </Card>
      )}
      {d.watched.refused.length > 0 && (
        <Card aria-labelledby="refused-title">
          <h2 id="refused-title" className="mb-2 text-lg font-semibold">
            Messages Brickyard cannot call
          </h2>
          <ul className="space-y-1 text-sm" data-testid="refused-messages">
            {d.watched.refused.map((r) => (
              <li key={r.message} className="[overflow-wrap:anywhere]">
                <span className={monoClass}>{r.message}</span>: {r.reason}.
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
