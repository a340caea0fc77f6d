// /admin/networks: platform admins add chains by URL (checked live), see each network's health and
// what its last check read, edit display settings, disable/enable, confirm a changed genesis.
import type { Metadata } from "next";
import Link from "next/link";
import { canPlatform } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listNetworks } from "@/lib/networks/list-networks";
import { describeAge } from "@/lib/networks/network-health";
import { PLATFORM_LABELS, type TContractPlatform } from "@/lib/networks/platform";
import { Card } from "@/app/_components/ui";
import { AddNetworkForm } from "./_components/add-network-form";
import { NetworkControls } from "./_components/network-controls";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Networks" };

const pill = "rounded px-2 py-0.5 text-xs font-medium";

export default async function NetworksPage() {
  const user = await requirePageUser("/admin/networks");
  if (!canPlatform(user.platformRoles, "network.manage")) {
    return (
      <Card as="div" role="alert" className="mx-auto max-w-lg text-center">
        <h1 className="text-xl font-semibold">Platform admins only</h1>
        <p className="mt-2 text-stone-600">
          This page manages the networks bricks deploy to. Ask a platform admin if you need access.
        </p>
      </Card>
    );
  }
  const networks = await listNetworks({ actorId: user.id });
  const now = new Date();
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <Link href="/admin" className="hover:text-brand-600">
          Admin
        </Link>{" "}
        / Networks
      </nav>
      <section className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">Networks</h1>
        <p className="text-stone-600">
          The chains bricks can be deployed to. A network is checked live when added and on demand; a disabled one keeps
          its instances visible but takes no new deploys.
        </p>
      </section>
      <Card aria-labelledby="add-title">
        <h2 id="add-title" className="mb-3 text-lg font-semibold">
          Add a network
        </h2>
        <AddNetworkForm />
      </Card>
      <ul className="space-y-4" aria-label="Networks">
        {networks.map((n) => {
          const h = n.health;
          return (
            <Card as="li" key={n.id} className="space-y-3" data-testid="network-row" data-slug={n.slug}>
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="text-lg font-semibold">{n.name}</h2>
                <span className="font-mono text-xs text-stone-500">{n.slug}</span>
                {!n.enabled && <span className={`${pill} bg-stone-200 text-stone-800`}>disabled</span>}
                {n.genesisChangedAt && (
                  <span className={`${pill} bg-red-100 text-red-800`}>changed: check before deploying</span>
                )}
                {n.isDevChain && <span className={`${pill} bg-sky-100 text-sky-800`}>dev chain</span>}
                {n.protected && <span className={`${pill} bg-amber-100 text-amber-900`}>protected</span>}
                {h &&
                  (h.reachable ? (
                    <span className={`${pill} bg-emerald-100 text-emerald-800`} data-testid="reachable">
                      reachable
                    </span>
                  ) : (
                    <span className={`${pill} bg-red-100 text-red-800`} data-testid="unreachable">
                      not reachable
                    </span>
                  ))}
              </div>
              <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="text-stone-600">RPC URL</dt>
                <dd className="font-mono text-xs break-all">{n.rpcUrl}</dd>
                <dt className="text-stone-600">Last block</dt>
                <dd data-testid="last-block">
                  {h?.reachable ? (
                    <>
                      #{h.lastBlockNumber?.toLocaleString("en-US")} · {describeAge(h.lastBlockAt, now)}
                    </>
                  ) : (
                    <span className="text-red-700">{h?.error ?? n.lastCheckError ?? "not checked yet"}</span>
                  )}
                </dd>
                <dt className="text-stone-600">Chain</dt>
                <dd>
                  {n.chainName ?? "—"} · runtime {n.specName ?? "?"} v{n.specVersion ?? "?"}
                </dd>
                <dt className="text-stone-600">Contracts</dt>
                <dd>{PLATFORM_LABELS[n.platform as TContractPlatform] ?? n.platform}</dd>
                <dt className="text-stone-600">Token</dt>
                <dd>
                  {n.tokenSymbol} ({n.decimals} decimals) · SS58 prefix {n.ss58Prefix}
                </dd>
                <dt className="text-stone-600">Genesis</dt>
                <dd className="font-mono text-xs break-all">
                  {n.genesisHash ?? "—"}
                  {n.changedGenesisHash && <span className="block text-red-700">now: {n.changedGenesisHash}</span>}
                </dd>
                <dt className="text-stone-600">Deployments</dt>
                <dd>{n.deployments}</dd>
                <dt className="text-stone-600">Last checked</dt>
                <dd>{n.lastCheckedAt ? describeAge(n.lastCheckedAt, now) : "never"}</dd>
              </dl>
              <NetworkControls
                slug={n.slug}
                name={n.name}
                enabled={n.enabled}
                genesisChanged={Boolean(n.genesisChangedAt)}
                deployments={n.deployments}
                values={{
                  name: n.name,
                  protected: n.protected,
                  isDevChain: n.isDevChain,
                  explorerAccountUrl: n.explorerAccountUrl,
                  explorerTxUrl: n.explorerTxUrl,
                  explorerBlockUrl: n.explorerBlockUrl,
                  faucetUrl: n.faucetUrl,
                }}
              />
            </Card>
          );
        })}
      </ul>
    </div>
  );
}
