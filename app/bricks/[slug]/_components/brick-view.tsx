// A brick's page content, shared by the cached /bricks/[slug] page and its per-request twin
// /live/bricks/[slug] (the benchmark's uncached baseline).
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { getBrickPage } from "@/lib/catalog/get-brick-page";
import { brickPageDetails } from "@/lib/catalog/brick-page-details";
import { AuditBadge } from "@/app/_components/catalog/audit-badge";
import { AbiOverview } from "./abi-overview";
import { AuditsList } from "./audits-list";
import { CodeAvailability } from "./code-availability";
import { FieldsTable } from "./fields-table";
import { Markdown } from "./markdown";
import { CodeHash, Section } from "./section";
import { MissingNetworks } from "@/app/_components/networks/missing-networks";
import { VersionsTable } from "./versions-table";
import { ProvenanceLine, VerifiedSourceSection } from "./verified-source";
import { getVerifiedSource } from "@/lib/catalog/get-verified-source";

export async function BrickView({ slug }: { slug: string }) {
  const data = await getBrickPage(db, slug);
  if (!data) notFound();
  // Function bricks have their own page (inputs, secrets, triggers, what they feed).
  if (data.brick.kind === "function") redirect(`/functions/${encodeURIComponent(data.brick.slug)}`);
  const { brick, versions, latest } = data;
  const { fields, abi, link, settings } = brickPageDetails(latest);
  const source = await getVerifiedSource(latest);
  const apiBase = `/api/bricks/${encodeURIComponent(brick.slug)}/versions/${encodeURIComponent(latest.version)}`;

  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm"><Link href="/" className="text-brand-600 underline">Catalog</Link> <span aria-hidden>/</span> {brick.name}</nav>
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{brick.name}</h1>
          <AuditBadge audited={brick.audited} />
        </div>
        <p className="max-w-3xl text-lg text-stone-700">{brick.summary}</p>
        {source && <ProvenanceLine source={source} />}
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-600">
          <div><dt className="inline">Category: </dt><dd className="inline font-medium text-stone-800">{brick.category}</dd></div>
          <div><dt className="inline">Latest version: </dt><dd className="inline font-medium text-stone-800">{latest.version}</dd></div>
          {brick.tags.length > 0 && <div><dt className="sr-only">Tags</dt><dd className="inline">{brick.tags.map((t) => `#${t}`).join(" ")}</dd></div>}
        </dl>
        <div className="flex flex-wrap items-center gap-3">
          {brick.latestVersion ? (
            <Link href={`/bricks/${brick.slug}/deploy`} className="rounded-md bg-brand-500 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600">
              Use this brick
            </Link>
          ) : (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="no-deployable-version">Every version of this brick was withdrawn (yanked): it cannot be deployed.</p>
          )}
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr] [&>*]:min-w-0">
        <div className="space-y-6">
          <Section id="about" title="What it does"><Markdown source={brick.description} /></Section>
          <Section id="fields" title="What the form will ask you"><FieldsTable fields={fields} /></Section>
          {link && (
            <Section id="link" title="Linking to your contract">
              <p className="text-sm text-stone-700">{link.explain}</p>
              {link.requiredMessages.length > 0 && (
                <p className="mt-2 text-sm text-stone-600">Your contract must answer: {link.requiredMessages.map((m) => <code key={m} className="mr-1 font-mono text-xs">{m}</code>)}</p>
              )}
            </Section>
          )}
          {settings.length > 0 && (
            <Section id="settings" title="Settings you can change later">
              <ul className="list-disc space-y-1 pl-5 text-sm">{settings.map((s) => <li key={s.id}><span className="font-medium">{s.label}</span>{s.description && ` — ${s.description}`}</li>)}</ul>
            </Section>
          )}
          {source && (
            <Section id="source" title="Source code"><VerifiedSourceSection source={source} base={apiBase} /></Section>
          )}
          <Section id="versions" title="Versions"><VersionsTable versions={versions} /><div className="mt-3"><MissingNetworks missing={latest.missingNetworks} /></div></Section>
        </div>
        <aside className="space-y-6">
          <Section id="audits" title="Audits"><AuditsList versions={versions} /></Section>
          <Section id="code" title="Code">
            <p className="text-sm text-stone-600">
              Code hash of version {latest.version} (
              {latest.bundleKind === "solidity" ? "keccak-256 of the PolkaVM code, as pallet-revive computes it" : "blake2-256 of the wasm"}, recomputed by Brickyard):
            </p>
            <p className="mt-1" data-testid="code-hash"><CodeHash hash={latest.codeHash} /></p>
          </Section>
          <Section id="networks" title="Code on networks"><CodeAvailability versions={versions} /></Section>
          <Section id="abi" title="Contract interface">{abi ? <AbiOverview abi={abi} /> : <p className="text-sm text-stone-600">The interface could not be read.</p>}</Section>
        </aside>
      </div>
    </article>
  );
}
