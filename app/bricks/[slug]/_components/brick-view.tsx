// A brick's page content, shared by the cached /bricks/[slug] page and its per-request twin
// /live/bricks/[slug] (the benchmark's uncached baseline). Written for the people who deploy a
// brick: plain summary, what you will need, the form's fields in words, what you can do after
// deploying, audits and where the code comes from, a call to action at the top and the bottom.
// Everything for developers (interface, code hash, versions, source, measurements) is folded
// under "For developers" at the end.
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { getBrickPage } from "@/lib/catalog/get-brick-page";
import { brickPageDetails } from "@/lib/catalog/brick-page-details";
import { splitReadme } from "@/lib/catalog/split-readme";
import { getVerifiedSource } from "@/lib/catalog/get-verified-source";
import { AuditBadge } from "@/app/_components/catalog/audit-badge";
import { MissingNetworks } from "@/app/_components/networks/missing-networks";
import { AuditsList } from "./audits-list";
import { FieldsTable } from "./fields-table";
import { Markdown } from "./markdown";
import { ReadmePart } from "./readme-part";
import { Section } from "./section";
import { UseBrickCta } from "./use-brick-cta";
import { ProvenanceLine } from "./verified-source";
import { WhatYouNeed } from "./what-you-need";
import { ForDevelopers } from "./for-developers";

export async function BrickView({ slug }: { slug: string }) {
  const data = await getBrickPage(db, slug);
  if (!data) notFound();
  // Function bricks have their own page (inputs, secrets, triggers, what they feed).
  if (data.brick.kind === "function") redirect(`/functions/${encodeURIComponent(data.brick.slug)}`);
  const { brick, versions, latest } = data;
  const { fields, abi, link, settings } = brickPageDetails(latest);
  const source = await getVerifiedSource(latest);
  const readme = splitReadme(brick.description);
  const part = (kind: string) => readme.sections.filter((s) => s.kind === kind);
  const about = readme.sections.filter((s) => s.kind === "does" || s.kind === "other");
  const after = part("after");
  const risks = part("risks");
  const deployable = Boolean(brick.latestVersion);

  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className="text-brand-600 underline">
          Catalog
        </Link>{" "}
        <span aria-hidden>/</span> {brick.name}
      </nav>
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{brick.name}</h1>
          <AuditBadge audited={brick.audited} />
        </div>
        <p className="text-lg text-stone-700">{brick.summary}</p>
        <p className="text-sm text-stone-600">
          {brick.category.charAt(0).toUpperCase() + brick.category.slice(1)} · version {latest.version}
          {brick.tags.length > 0 && <> · {brick.tags.join(", ")}</>}
        </p>
        <UseBrickCta slug={brick.slug} name={brick.name} deployable={deployable} place="top" />
      </header>

      {(readme.intro || about.length > 0) && (
        <Section id="about" title="What it does">
          {readme.intro && <Markdown source={readme.intro} />}
          {/* The README's own "What it does" goes under this section's title, not beneath a second one. */}
          {about.map((s) =>
            s.kind === "does" ? <Markdown key={s.title} source={s.body} /> : <ReadmePart key={s.title} section={s} />,
          )}
        </Section>
      )}
      <Section id="needs" title="What you will need">
        <WhatYouNeed latest={latest} link={link} />
      </Section>
      <Section id="fields" title="What the form will ask you">
        <FieldsTable fields={fields} />
        {part("fields").map((s) => (
          <ReadmePart key={s.title} section={s} folded="More about these fields, from the brick’s author" />
        ))}
      </Section>
      {link && (
        <Section id="link" title="Linking to your contract">
          <p className="text-sm text-stone-700">{link.explain}</p>
          {part("link").map((s) => (
            <ReadmePart key={s.title} section={s} folded="How linking works, step by step" />
          ))}
        </Section>
      )}
      {(settings.length > 0 || after.length > 0) && (
        <Section id="after" title="What you can do after deploying">
          {settings.length > 0 && (
            <>
              <p className="text-sm text-stone-700">The instance page has a button for each of these:</p>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                {settings.map((s) => (
                  <li key={s.id}>
                    <span className="font-medium">{s.label}</span>
                    {s.description && ` — ${s.description}`}
                  </li>
                ))}
              </ul>
            </>
          )}
          {after.map((s) => (
            <ReadmePart
              key={s.title}
              section={s}
              folded={settings.length > 0 ? "More about these actions" : undefined}
            />
          ))}
        </Section>
      )}
      {risks.length > 0 && (
        <Section id="risks" title="Risks and limits">
          {risks.map((s) => (
            <Markdown key={s.title} source={s.body} />
          ))}
        </Section>
      )}
      <Section id="audits" title="Audits and where the code comes from">
        {source && (
          <div className="mb-3">
            <ProvenanceLine source={source} />
          </div>
        )}
        <AuditsList versions={versions} />
        <div className="mt-3">
          <MissingNetworks missing={latest.missingNetworks} />
        </div>
      </Section>
      <UseBrickCta slug={brick.slug} name={brick.name} deployable={deployable} place="bottom" />
      <ForDevelopers
        slug={brick.slug}
        versions={versions}
        latest={latest}
        abi={abi}
        source={source}
        sections={part("developers")}
      />
    </article>
  );
}
