// One instance: status (live while in flight), network, address, brick and version, the code hash
// checked against the published one, the settings used, the link to the user's contract (verified on
// chain), the contract's events and the timeline. Team members only (checked in the query).
import { h160OfAccount } from "@/lib/chain/platforms/revive/h160";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getInstance, type TInstance } from "@/lib/deployments/get-instance";
import type { JsonSchema } from "@/lib/bricks/json-schema";
import { Check, StatusBadge } from "@/app/_components/deploy/status-badge";
import { Card } from "@/app/_components/ui";
import { monoClass } from "@/app/_components/ui/classes";
import { ChainValue } from "@/app/_components/networks/chain-value";
import { CopyButton } from "@/app/_components/networks/copy-button";
import { ConfigTable } from "./_components/config-table";
import { ContractEvents } from "./_components/contract-events";
import { InstanceTechnical } from "./_components/instance-technical";
import { LinkPanel } from "./_components/link-panel";
import { LiveRefresh } from "./_components/live-refresh";
import { ProgressSteps } from "./_components/progress-steps";
import { SettingsPanel } from "./_components/settings-panel";
import { UpgradeSection } from "./_components/upgrade-section";
import { WatchedPanel } from "./_components/watched-panel";
import { SavePreset } from "./_components/save-preset";
import { QueryValues } from "./_components/query-values";
import { getInstanceQueries } from "@/lib/deployments/queries/get-instance-queries";
import { Timeline } from "./_components/timeline";
import { isInFlight } from "@/lib/statuses/deployment-statuses";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Instance" };

const inFlight = isInFlight;
const actionInFlight = (txs: { status: string }[]) => txs.some((t) => inFlight(t.status));

export default async function InstancePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/instances/${id}`);
  const d = await getInstance({ actorId: user.id, id, viewerAddress: user.address }).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const v = d.brickVersion;
  const active = inFlight(d.status) || inFlight(d.linkTx?.status) || actionInFlight(d.actionTxs);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <Link href={`/teams/${d.team.slug}/deployments`} className="text-brand-600 underline">
          {d.team.name} · deployments
        </Link>{" "}
        <span aria-hidden>/</span> {d.name}
      </nav>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{d.name}</h1>
          <StatusBadge status={d.status} />
        </div>
        {d.watched ? (
          <p className="text-sm text-stone-700" data-testid="watched-summary">
            Watched contract <span className={monoClass}>{d.watched.contract}</span> on {d.network.name}, called with
            the metadata file your team uploaded (no published brick stands behind it) · imported by{" "}
            {d.createdBy.name ?? d.createdBy.accounts[0]?.address ?? "a member"}
          </p>
        ) : (
          <p className="text-sm text-stone-700">
            <Link href={`/bricks/${v.brick.slug}`} className="text-brand-600 underline">
              {v.brick.name}
            </Link>{" "}
            version {v.version} on {d.network.name} · deployed by{" "}
            {d.createdBy.name ?? d.createdBy.accounts[0]?.address ?? "a member"}
          </p>
        )}
      </header>
      {v.yankedAt && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          Version {v.version} was withdrawn (yanked): {v.yankedReason ?? "no reason given"}. Consider deploying a newer
          version.
        </p>
      )}
      <Card className="space-y-3" aria-labelledby="progress-title">
        <h2 id="progress-title" className="text-lg font-semibold">
          Progress
        </h2>
        {d.status === "missing_on_chain" && (
          <p
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
            data-testid="missing-on-chain"
          >
            <span className="font-medium">This contract is missing on chain.</span> {d.missingReason}
          </p>
        )}
        {d.status === "missing_on_chain" ? null : d.status === "draft" ? (
          <p className="text-sm text-stone-700">
            Prepared but not signed yet: nothing was sent to the network. Open the deploy page again to sign it.
          </p>
        ) : (
          <ProgressSteps status={d.status} failureReason={d.failureReason} />
        )}
        <LiveRefresh id={d.id} active={active} />
      </Card>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr] [&>*]:min-w-0">
        <div className="min-w-0 space-y-6">
          <Card aria-labelledby="instance-title">
            <h2 id="instance-title" className="mb-3 text-lg font-semibold">
              Instance
            </h2>
            <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="text-stone-600">Address</dt>
              <dd className={monoClass} data-testid="instance-address">
                {d.address ? (
                  <ChainValue value={d.address} kind="account" network={d.network} />
                ) : (
                  "Known once the deploy is in a block"
                )}
              </dd>
              {d.network.platform === "revive" && d.signer && (
                <>
                  <dt className="text-stone-600">Your account here</dt>
                  <dd className="text-stone-700" data-testid="mapped-account">
                    Contracts on {d.network.name} use short Ethereum-style addresses. The account that deployed this
                    instance, <ChainValue value={d.signer} kind="account" network={d.network} />, is known to them as{" "}
                    <ChainValue value={h160OfAccount(d.signer)} kind="account" network={d.network} /> (its linked
                    address, e.g. the contract&apos;s owner).
                  </dd>
                </>
              )}
              <dt className="text-stone-600">Code hash</dt>
              <dd data-testid="code-hash-check">
                <Check
                  ok={d.codeHashVerified}
                  yes={d.watched ? "Matches the uploaded metadata" : "Matches the published code"}
                  no="Does NOT match the published code"
                />{" "}
                <span className={`block ${monoClass} text-stone-500`}>
                  {v.codeHash} <CopyButton value={v.codeHash} label="Copy the code hash" />
                </span>
              </dd>
              <dt className="text-stone-600">Transaction</dt>
              <dd className={monoClass}>
                {d.extrinsicHash ? (
                  <ChainValue value={d.extrinsicHash} kind="tx" network={d.network} testId="instance-tx" />
                ) : (
                  "—"
                )}
              </dd>
              <dt className="text-stone-600">Block</dt>
              <dd className={monoClass}>
                {d.blockHash ? (
                  <ChainValue value={d.blockHash} kind="block" network={d.network} testId="instance-block" />
                ) : (
                  "—"
                )}
              </dd>
            </dl>
          </Card>
          {d.link && <LinkPanel d={d} />}
          {d.hasQueries && (
            <Card aria-labelledby="values-title">
              <h2 id="values-title" className="mb-3 text-lg font-semibold">
                Current values
              </h2>
              <CurrentValues d={d} actor={user} />
            </Card>
          )}
          <WatchedPanel d={d} />
          {!d.watched && d.settings.length > 0 && (
            <Card aria-labelledby="settings-title">
              <h2 id="settings-title" className="mb-3 text-lg font-semibold">
                Change settings
              </h2>
              <SettingsPanel d={d} />
            </Card>
          )}
          <UpgradeSection d={d} actorId={user.id} />
          {!d.watched && (
            <Card aria-labelledby="config-title">
              <h2 id="config-title" className="mb-3 text-lg font-semibold">
                Settings used
              </h2>
              <ConfigTable schema={d.configSchema as JsonSchema} values={d.config} />
              <p className="mt-3 flex flex-wrap gap-3 text-sm">
                <a href={`/instances/${d.id}/export`} className="text-brand-600 underline" data-testid="export-config">
                  Export this configuration (JSON)
                </a>
                {d.canDeploy && (
                  <Link href={`/bricks/${v.brick.slug}/deploy?from=${d.id}`} className="text-brand-600 underline">
                    Deploy again
                  </Link>
                )}
              </p>
              {d.canDeploy && (
                <SavePreset
                  teamId={d.team.id}
                  brick={v.brick.slug}
                  version={v.version}
                  config={d.config}
                  suggested={d.name}
                />
              )}
              <InstanceTechnical constructorName={d.constructorName} args={d.args} />
            </Card>
          )}
          <Card aria-labelledby="events-title">
            <h2 id="events-title" className="mb-3 text-lg font-semibold">
              Contract events
            </h2>
            <ContractEvents events={d.contractEvents} network={d.network} />
          </Card>
        </div>
        <Card className="min-w-0 self-start" aria-labelledby="timeline-title">
          <h2 id="timeline-title" className="mb-3 text-lg font-semibold">
            Timeline
          </h2>
          <Timeline events={d.events} network={d.network} />
        </Card>
      </div>
    </div>
  );
}

async function CurrentValues({ d, actor }: { d: TInstance; actor: { id: string; address: string } }) {
  const initial = await getInstanceQueries({ actor, id: d.id });
  return <QueryValues key={initial.readAt} deploymentId={d.id} initial={initial} network={d.network} />;
}
