// The team dashboard's "needs attention" card: functions whose last runs failed, with the reason in
// words and a link to the run history, and automation accounts that cannot pay for the next deliveries,
// with the amount and the address to fund (one click on a dev chain). Nothing shows when all is well.
import Link from "next/link";
import { Card } from "@/app/_components/ui";
import type { TFunctionAlerts } from "@/lib/functions/alerts/list-function-alerts";
import { DELIVERIES_AHEAD } from "@/lib/functions/alerts/constants";
import { FundAccountButton } from "./fund-account-button";

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function FunctionAlerts({ alerts }: { alerts: TFunctionAlerts }) {
  const { failing, lowBalance, unreadable } = alerts;
  if (failing.length + lowBalance.length + unreadable.length === 0) return null;
  return (
    <Card className="space-y-4 border-amber-300 bg-amber-50/40" aria-labelledby="alerts-title">
      <h2 id="alerts-title" className="text-lg font-semibold">
        Functions that need attention
      </h2>
      {failing.length > 0 && (
        <ul className="space-y-3" aria-label="Failing functions">
          {failing.map((f) => (
            <li key={f.id} className="space-y-1 rounded-md border border-red-200 bg-white p-3 text-sm">
              <p className="font-medium">
                <Link href={`/function-instances/${f.id}`} className="text-brand-600 underline">
                  {f.name}
                </Link>{" "}
                <span className="font-normal text-red-800">
                  is failing: {f.failedInARow === 1 ? "its last run failed" : `its last ${f.failedInARow} runs failed`}
                </span>
              </p>
              <p className="break-words text-stone-800">{f.reason}</p>
              <p className="text-xs text-stone-600">Last failure {when.format(f.lastFailedAt)} UTC</p>
            </li>
          ))}
        </ul>
      )}
      {lowBalance.length > 0 && (
        <ul className="space-y-3" aria-label="Low balances">
          {lowBalance.map((b) => (
            <li key={b.id} className="space-y-2 rounded-md border border-amber-300 bg-white p-3 text-sm">
              <p className="font-medium">
                <Link href={`/function-instances/${b.id}`} className="text-brand-600 underline">
                  {b.name}
                </Link>{" "}
                <span className="font-normal text-amber-900">cannot pay for its next deliveries</span>
              </p>
              <p className="text-stone-800">
                Its account has {b.free} on {b.network}; the next {DELIVERIES_AHEAD} deliveries need about {b.needed}.
                Send it at least <strong>{b.missing}</strong> to:
              </p>
              <p className="break-all rounded bg-stone-100 px-2 py-1 font-mono text-xs" data-testid="fund-address">
                {b.address}
              </p>
              {b.canFund && <FundAccountButton instanceId={b.id} name={b.name} />}
            </li>
          ))}
        </ul>
      )}
      {unreadable.length > 0 && (
        <p className="text-sm text-stone-700">
          Balances could not be read from {unreadable.join(", ")} just now: the network did not answer.
        </p>
      )}
    </Card>
  );
}
