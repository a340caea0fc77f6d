// A function instance: its status, schedule and next run, what it feeds, its automation account (and
// the step that lets the contract accept it), and every recent run with its output, delivery
// transaction and receipt ("Verify this run"). Team members only; operators get the buttons.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getAuthorizeAction } from "@/lib/functions/bricks/get-authorize-action";
import { getFunctionInstance } from "@/lib/functions/bricks/get-function-instance";
import { db } from "@/lib/db";
import { Card } from "@/app/_components/ui";
import { ChainValue } from "@/app/_components/networks/chain-value";
import { SettingsAction } from "@/app/instances/[id]/_components/settings-action";
import { OperateButtons } from "./_components/operate-buttons";
import { PollRefresh } from "./_components/poll-refresh";
import { VerifyRun } from "./_components/verify-run";
import { QueryPanel } from "./_components/query-panel";
import { WebhookPanel } from "./_components/webhook-panel";
import { headers } from "next/headers";
import { appOrigin } from "@/lib/auth/app-origin";
import type { TQueryAccess } from "@/lib/functions/queries/query-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Function" };

type Props = { params: Promise<{ id: string }> };

const STATUS_STYLE: Record<string, string> = {
  active: "bg-emerald-100 text-emerald-900",
  paused: "bg-stone-200 text-stone-800",
  failing: "bg-red-100 text-red-900",
};
const RUN_WORDS: Record<string, string> = {
  running: "running",
  succeeded: "succeeded",
  failed: "failed",
  skipped: "skipped",
};
const TRIGGER_WORDS: Record<string, string> = {
  schedule: "on schedule",
  manual: "run now",
  webhook: "webhook call",
  event: "contract event",
};
const DELIVERY_WORDS: Record<string, string> = {
  signed: "sent, waiting for a block",
  in_block: "delivered (in a block)",
  finalized: "delivered (final)",
  failed: "not delivered",
};

async function load(actorId: string, id: string) {
  try {
    return await getFunctionInstance({ actorId, id });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function FunctionInstancePage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/function-instances/${id}`);
  const f = await load(user.id, id);
  const row = await db.functionInstance.findUniqueOrThrow({
    where: { id: f.id },
    select: { brickVersionId: true, targetDeploymentId: true },
  });
  const authorize = f.canOperate ? await getAuthorizeAction({ ...row, automationAccount: f.automationAccount }) : null;
  const { origin } = appOrigin(await headers());
  const running = f.runs.some((r) => r.status === "running" || r.delivery?.status === "signed");
  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        {f.team && (
          <>
            <Link href={`/teams/${f.team.slug}`} className="text-brand-600 underline">
              {f.team.name}
            </Link>{" "}
            <span aria-hidden>/</span>{" "}
          </>
        )}
        Functions <span aria-hidden>/</span> {f.name}
      </nav>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{f.name}</h1>
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[f.status]}`}
            data-testid="function-status"
          >
            {f.status}
          </span>
        </div>
        {f.brick && (
          <p className="text-stone-700">
            Runs{" "}
            <Link href={`/functions/${f.brick.slug}`} className="text-brand-600 underline">
              {f.brick.name}
            </Link>{" "}
            version {f.brick.version}
            {f.target && (
              <>
                {" "}
                and delivers to{" "}
                <Link href={`/instances/${f.target.id}`} className="text-brand-600 underline">
                  {f.target.name}
                </Link>
              </>
            )}
            {f.network && <> on {f.network.name}</>}.
          </p>
        )}
        {f.brick?.yanked && (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            This function&apos;s version was withdrawn, so it was stopped and stays stopped: {f.brick.yanked}. Set up
            the current version to keep going.
          </p>
        )}
      </header>
      <PollRefresh active={running} />

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-6">
          {f.canOperate && (
            <Card aria-label="Actions">
              <OperateButtons instanceId={f.id} enabled={f.enabled} canFund={!!f.network?.isDevChain} />
            </Card>
          )}
          {authorize && (
            <Card className="space-y-2" aria-labelledby="authorize-h">
              <h2 id="authorize-h" className="text-lg font-semibold">
                Let your contract accept it
              </h2>
              <p className="text-sm text-stone-700">
                Your contract only takes values from accounts it trusts. This function reports from its own account,{" "}
                {f.automationAccount && (
                  <ChainValue value={f.automationAccount} kind="account" network={f.network} shorten />
                )}
                . The contract&apos;s owner signs this once with their wallet; “Test run” then says whether the contract
                would accept the value.
              </p>
              <ul>
                <SettingsAction deploymentId={row.targetDeploymentId!} action={authorize} disabledReason={null} />
              </ul>
            </Card>
          )}

          <Card className="space-y-3" aria-labelledby="runs-h">
            <h2 id="runs-h" className="text-lg font-semibold">
              Runs{" "}
              <span className="text-sm font-normal text-stone-500">
                {f.totalRuns} in all{f.successRate !== null && ` · ${f.successRate}% succeeded`}
              </span>
            </h2>
            {f.runs.length === 0 && (
              <p className="text-sm text-stone-600">
                No runs yet. Press “Run now” or wait for {f.event ? `the next ${f.event.name}` : "the schedule"}.
              </p>
            )}
            <ol className="space-y-3">
              {f.runs.map((r) => (
                <li key={r.id} className="rounded-md border border-stone-200 p-3 text-sm" data-testid="function-run">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <p className="font-medium">
                      Run {r.seq} · {RUN_WORDS[r.status] ?? r.status}
                      <span className="font-normal text-stone-500">
                        {" "}
                        · {TRIGGER_WORDS[r.trigger] ?? r.trigger} ·{" "}
                        {r.startedAt.toISOString().replace("T", " ").slice(0, 19)} UTC
                        {r.durationMs !== null && ` · ${r.durationMs} ms`}
                        {r.configVersion !== null && ` · settings v${r.configVersion}`}
                      </span>
                    </p>
                  </div>
                  {r.output && (
                    <p>
                      Output: <code className="font-mono text-xs break-all">{r.output}</code>
                    </p>
                  )}
                  {r.error && <p className="text-red-800">What went wrong: {r.error}</p>}
                  {r.delivery && (
                    <p data-testid="run-delivery">
                      Delivery: {r.delivery.message} — {DELIVERY_WORDS[r.delivery.status] ?? r.delivery.status}
                      {r.delivery.failureReason && ` (${r.delivery.failureReason})`}
                      {r.delivery.extrinsicHash && (
                        <>
                          {" "}
                          · transaction{" "}
                          <ChainValue value={r.delivery.extrinsicHash} kind="tx" network={f.network} shorten />
                        </>
                      )}
                    </p>
                  )}
                  {r.logs.length > 0 && (
                    <details>
                      <summary className="cursor-pointer text-stone-700">What it printed ({r.logs.length})</summary>
                      <pre className="mt-1 overflow-x-auto rounded bg-stone-50 p-2 text-xs">{r.logs.join("\n")}</pre>
                    </details>
                  )}
                  {r.hasReceipt && (
                    <div className="mt-2">
                      <VerifyRun instanceId={f.id} runId={r.id} />
                    </div>
                  )}
                </li>
              ))}
            </ol>
          </Card>
        </div>

        <aside className="min-w-0 space-y-6">
          <Card className="space-y-2 text-sm" aria-labelledby="when-h">
            <h2 id="when-h" className="text-lg font-semibold">
              When it runs
            </h2>
            <p>
              {f.schedule || f.event || !f.takesWebhooks || !f.brick
                ? f.scheduleWords
                : "When a webhook call arrives, or when someone presses “Run now”"}
            </p>
            <p>
              Next run:{" "}
              <span data-testid="next-run">
                {f.nextRun
                  ? `${f.nextRun.toISOString().replace("T", " ").slice(0, 16)} UTC`
                  : !f.enabled
                    ? "paused"
                    : f.event
                      ? `at the next ${f.event.name}`
                      : "when someone presses “Run now”"}
              </span>
            </p>
          </Card>
          {f.takesWebhooks && f.brick && (
            <Card className="space-y-2" aria-labelledby="webhook-h">
              <h2 id="webhook-h" className="text-lg font-semibold">
                Webhook
              </h2>
              <WebhookPanel
                instanceId={f.id}
                url={`${origin}/api/functions/${f.id}/webhook`}
                since={f.webhook ? `${f.webhook.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC` : null}
                canOperate={f.canOperate}
              />
            </Card>
          )}
          {f.query && (
            <Card className="space-y-2" aria-labelledby="query-h">
              <h2 id="query-h" className="text-lg font-semibold">
                Query address
              </h2>
              <QueryPanel
                instanceId={f.id}
                url={`${origin}${f.query.path}`}
                access={f.query.access as TQueryAccess}
                canOperate={f.canOperate}
                tokensHref={f.team ? `/teams/${f.team.slug}/tokens` : null}
              />
            </Card>
          )}
          <Card className="space-y-2 text-sm" aria-labelledby="setup-h">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="setup-h" className="text-lg font-semibold">
                Its settings <span className="text-sm font-normal text-stone-500">version {f.configVersion}</span>
              </h2>
              {f.canEdit && (
                <Link href={`/function-instances/${f.id}/edit`} className="text-brand-600 underline">
                  Edit
                </Link>
              )}
            </div>
            <dl className="space-y-1">
              {Object.entries((f.input ?? {}) as Record<string, unknown>).map(([k, v]) => (
                <div key={k}>
                  <dt className="inline text-stone-600">{k}: </dt>
                  <dd className="inline break-all font-mono text-xs">
                    {typeof v === "string" ? v : JSON.stringify(v)}
                  </dd>
                </div>
              ))}
            </dl>
            <p>Secrets: {f.secretNames.length ? f.secretNames.map((n) => `${n} (set, hidden)`).join(", ") : "none"}</p>
            <p>May connect to: {f.allowedHosts.join(", ") || "nowhere"}</p>
            <p className="break-all">
              Code hash: <span className="font-mono text-xs">{f.codeHash}</span>
            </p>
          </Card>
          {f.history.length > 0 && (
            <Card className="space-y-2 text-sm" aria-labelledby="history-h">
              <h2 id="history-h" className="text-lg font-semibold">
                Settings history
              </h2>
              <ol className="space-y-2" data-testid="config-history">
                {f.history.map((h) => (
                  <li key={h.version} className="border-l-2 border-stone-200 pl-2">
                    <p className="font-medium">
                      Version {h.version}{" "}
                      <span className="font-normal text-stone-500">
                        · {h.by} · {h.at.toISOString().replace("T", " ").slice(0, 16)} UTC
                      </span>
                    </p>
                    <ul className="list-disc pl-4 text-stone-700">
                      {h.changes.map((c, i) => (
                        <li key={i} className="break-words">
                          {c}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </Card>
          )}
          {f.automationAccount && (
            <Card className="space-y-2 text-sm" aria-labelledby="account-h">
              <h2 id="account-h" className="text-lg font-semibold">
                Its account
              </h2>
              <p>It pays the network fee of each delivery from this account:</p>
              <ChainValue value={f.automationAccount} kind="account" network={f.network} />
              {!f.network?.isDevChain && f.network && (
                <p>Send it some {f.network.tokenSymbol} from your wallet so it can pay.</p>
              )}
            </Card>
          )}
        </aside>
      </div>
    </article>
  );
}
