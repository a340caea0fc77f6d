// The instance's settings actions (from the brick's manifest) and the ones already run, with who
// ran them. Viewers see the actions disabled with the reason (lib/auth/permissions.ts).
import type { TInstance } from "@/lib/deployments/get-instance";
import { SettingsAction } from "./settings-action";
import { isOnChain } from "@/lib/statuses/deployment-statuses";

const TX_WORDS: Record<string, { label: string; className: string }> = {
  signed: { label: "Sent, waiting for a block", className: "text-amber-800" },
  in_block: { label: "In a block", className: "text-sky-800" },
  finalized: { label: "Done (final)", className: "text-emerald-800" },
  failed: { label: "Failed", className: "text-red-800" },
};

/** `actions`: the ones to offer when not all of them (a watched contract's changing messages). */
export function SettingsPanel({ d, actions = d.settings }: { d: TInstance; actions?: TInstance["settings"] }) {
  const onChain = !!d.address && isOnChain(d.status);
  const reason = !d.canChangeSettings
    ? `Your role in ${d.team.name} (${d.myRole ?? "none"}) may look but not change settings. Deployers, admins and owners can.`
    : !onChain
      ? "Available once the instance is on chain."
      : null;
  return (
    <div className="space-y-4">
      <ul className="space-y-3" aria-label="Settings actions">
        {actions.map((a) => (
          <SettingsAction key={a.id} deploymentId={d.id} action={a} disabledReason={reason} />
        ))}
      </ul>
      {d.actionTxs.length > 0 && (
        <div>
          <h3 className="mb-1 text-sm font-medium text-stone-700">Run so far</h3>
          <ul className="space-y-1 text-sm" aria-label="Actions run" data-testid="actions-run">
            {d.actionTxs.map((t) => (
              <li key={t.id} className="[overflow-wrap:anywhere]">
                <span className="font-medium">{t.label}</span> by {t.actorName} ·{" "}
                <span className={TX_WORDS[t.status]?.className} data-status={t.status}>
                  {TX_WORDS[t.status]?.label ?? t.status}
                </span>
                {t.blockNumber !== null && <span className="text-stone-500"> · block #{t.blockNumber}</span>}
                {t.failureReason && <span className="block text-red-800">{t.failureReason}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
