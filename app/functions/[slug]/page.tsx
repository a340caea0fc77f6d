import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { describeFields } from "@/lib/bricks/describe-fields";
import type { JsonSchema } from "@/lib/bricks/json-schema";
import { getFunctionBrick } from "@/lib/functions/bricks/get-function-brick";
import { FieldsTable } from "@/app/bricks/[slug]/_components/fields-table";
import { Markdown } from "@/app/bricks/[slug]/_components/markdown";
import { CodeHash, Section } from "@/app/bricks/[slug]/_components/section";

// Public and the same for everyone, so served from Next.js's cache like brick pages and revalidated
// with them (lib/catalog/revalidate-catalog.ts); the minute is the same safety net.
export const dynamic = "force-static";
export const revalidate = 60;

type Props = { params: Promise<{ slug: string }> };

/** None at build time (the database is not there): each page is rendered on its first request. */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

const TRIGGER_WORDS: Record<string, string> = {
  schedule: "on a schedule (every few minutes or more)",
  manual: "when you press “Run now”",
  webhook: "when another service sends it a signed web request",
  event: "when a contract announces an event",
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const brick = await getFunctionBrick((await params).slug);
  return { title: brick ? brick.manifest.name : "Function not found", description: brick?.manifest.summary };
}

export default async function FunctionBrickPage({ params }: Props) {
  const brick = await getFunctionBrick((await params).slug);
  if (!brick) notFound();
  const m = brick.manifest;
  const props = (m.inputs.properties ?? {}) as Record<string, { title?: string }>;
  const inputTitle = (name: string) => props[name]?.title ?? name;
  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className="text-brand-600 underline">
          Catalog
        </Link>{" "}
        <span aria-hidden>/</span> {m.name}
      </nav>
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{m.name}</h1>
          <span className="rounded-full bg-indigo-100 px-2 py-0.5 text-xs font-medium text-indigo-800">
            Off-chain function
          </span>
        </div>
        <p className="max-w-3xl text-lg text-stone-700">{m.summary}</p>
        <Link
          href={`/functions/${m.slug}/configure`}
          className="inline-block rounded-md bg-brand-500 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600"
        >
          Use this function
        </Link>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-600">
          <div>
            <dt className="inline">Category: </dt>
            <dd className="inline font-medium text-stone-800">{m.category}</dd>
          </div>
          <div>
            <dt className="inline">Version: </dt>
            <dd className="inline font-medium text-stone-800">{m.version}</dd>
          </div>
          <div>
            <dt className="inline">Audit: </dt>
            <dd className="inline font-medium text-stone-800">{brick.audited ? "audited" : "not audited yet"}</dd>
          </div>
        </dl>
      </header>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-6">
          <Section id="about" title="What it does">
            <Markdown source={m.description} />
          </Section>
          <Section id="fields" title="What the form will ask you">
            <FieldsTable fields={describeFields(m.inputs as JsonSchema)} />
          </Section>
          {m.secrets.length > 0 && (
            <Section id="secrets" title="Secrets (stored encrypted, never shown again)">
              <ul className="space-y-2 text-sm text-stone-700">
                {m.secrets.map((s) => (
                  <li key={s.name}>
                    <code className="font-mono text-xs">{s.name}</code> {s.required ? "(needed)" : "(optional)"} —{" "}
                    {s.purpose} <span className="text-stone-500">Where to get it: {s.whereToGet}</span>
                  </li>
                ))}
              </ul>
            </Section>
          )}
        </div>
        <aside className="min-w-0 space-y-6">
          <Section id="runs" title="When it runs">
            <ul className="list-disc pl-5 text-sm text-stone-700">
              {m.triggers.map((t) => (
                <li key={t}>{TRIGGER_WORDS[t]}</li>
              ))}
            </ul>
          </Section>
          <Section id="feeds" title="What it can feed">
            <ul className="space-y-1 text-sm text-stone-700">
              {m.feeds.map((f) => (
                <li key={f.brick}>
                  <Link href={`/bricks/${f.brick}`} className="text-brand-600 underline">
                    {f.brick}
                  </Link>{" "}
                  — calls <code className="font-mono text-xs">{m.delivery.message}</code>
                </li>
              ))}
            </ul>
          </Section>
          <Section id="reach" title="Where it may connect">
            <p className="text-sm text-stone-700">
              {[...m.hosts, ...m.hostsFromInputs.map((i) => `the web address you enter in “${inputTitle(i)}”`)].join(
                ", ",
              ) || "nowhere"}
              . At most {plural(m.limits.maxRequests ?? 5, "web request")} and{" "}
              {Math.round((m.limits.wallMs ?? 10000) / 1000)} s per run.
            </p>
          </Section>
          <Section id="code" title="Code">
            <p className="text-sm text-stone-700">Every run&apos;s receipt names this code hash:</p>
            <CodeHash hash={m.codeHash} />
          </Section>
        </aside>
      </div>
    </article>
  );
}
