import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { canPlatform } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getPublisherVersion } from "@/lib/publishing/get-publisher-version";
import { getBrickOwners } from "@/lib/bricks/owners/get-brick-owners";
import { Card } from "@/app/_components/ui";
import { AuditorsOnly } from "../../_components/auditors-only";
import { AuditCard } from "./_components/audit-card";
import { NetworksPanel } from "./_components/networks-panel";
import { OwnersPanel } from "./_components/owners-panel";
import { StatusForm } from "./_components/status-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Brick version" };

type Props = { params: Promise<{ slug: string; version: string }>; searchParams: Promise<{ published?: string }> };

export default async function PublisherVersionPage({ params, searchParams }: Props) {
  const { slug, version } = await params;
  const { published } = await searchParams;
  const user = await requirePageUser(`/publish/${slug}/${version}`);
  if (!canPlatform(user.platformRoles, "brick.yank")) return <AuditorsOnly />;
  const data = await getPublisherVersion({ actorId: user.id, slug, version }).catch((e) =>
    e instanceof AppError && e.code === "NOT_FOUND" ? notFound() : Promise.reject(e),
  );
  const v = data.version;
  const owners = await getBrickOwners({ actorId: user.id, slug });
  const me = { id: user.id, address: user.address, accountId: user.accountId };
  // A function brick runs off-chain: its code hash is the sha-256 of its source, and it has no code to
  // put on networks.
  const isFunction = v.bundleKind === "function";
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <Link href="/publish" className="hover:text-brand-600">
          Publish
        </Link>{" "}
        / {v.brick.name} / {v.version}
      </nav>
      {published === "created" && (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          Published {slug}@{version}. Now sign the attestation, so builders can verify your audit.
        </p>
      )}
      {published === "unchanged" && (
        <p role="status" className="rounded-md border border-stone-200 bg-stone-100 p-3 text-sm">
          This version was already published with the same code: nothing changed.
        </p>
      )}
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">
          {v.brick.name} <span className="font-mono text-xl text-stone-600">{v.version}</span>
        </h1>
        <div className="flex flex-wrap gap-2 text-sm">
          {v.yankedAt ? (
            <span className="rounded bg-red-100 px-2 py-0.5 text-red-800">Yanked: {v.yankedReason}</span>
          ) : v.deprecatedAt ? (
            <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-800">Deprecated: {v.deprecatedReason}</span>
          ) : (
            <span className="rounded bg-emerald-50 px-2 py-0.5 text-emerald-800">Available</span>
          )}
          {v.brick.latestVersion === v.version && (
            <span className="rounded bg-stone-100 px-2 py-0.5 text-stone-700">Latest</span>
          )}
          <Link
            href={isFunction ? `/functions/${slug}` : `/bricks/${slug}`}
            prefetch={false}
            className="text-brand-600 underline"
          >
            See the brick page
          </Link>
        </div>
        <p className="text-sm text-stone-600">
          Code hash ({isFunction ? "sha-256 of the function's source" : "blake2-256 of the wasm"}):{" "}
          <code className="break-all font-mono text-xs">{v.codeHash}</code>
        </p>
        {v.changelog && <p className="text-sm text-stone-700">Changelog: {v.changelog}</p>}
      </header>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card className="space-y-3" aria-labelledby="audits-title">
          <h2 id="audits-title" className="text-lg font-semibold">
            Audits
          </h2>
          {v.audits.length === 0 && (
            <p className="text-sm text-stone-600">No audit report was published with this version.</p>
          )}
          {v.audits.map((a) => (
            <AuditCard key={a.id} audit={a} slug={slug} version={version} me={me} />
          ))}
        </Card>
        <aside className="space-y-6">
          {!isFunction && (
            <NetworksPanel
              slug={slug}
              version={v.version}
              codeHash={v.codeHash}
              uploads={v.codeUploads}
              networks={data.networks}
              address={user.address}
              canUpload={canPlatform(user.platformRoles, "brick.publish") && !v.yankedAt}
            />
          )}
          {!v.yankedAt && (
            <Card className="space-y-4" aria-labelledby="status-title">
              <h2 id="status-title" className="text-lg font-semibold">
                Withdraw
              </h2>
              {!v.deprecatedAt && <StatusForm slug={slug} version={v.version} status="deprecated" />}
              <StatusForm slug={slug} version={v.version} status="yanked" />
            </Card>
          )}
          <OwnersPanel slug={slug} owners={owners} />
        </aside>
      </div>
    </div>
  );
}
