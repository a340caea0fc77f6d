import type { Metadata } from "next";
import Link from "next/link";
import { canPlatform } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listPublished } from "@/lib/publishing/list-published";
import { ButtonLink, Card } from "@/app/_components/ui";
import { AuditorsOnly } from "./_components/auditors-only";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Publish" };

const dateFmt = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export default async function PublishPage() {
  const user = await requirePageUser("/publish");
  if (!canPlatform(user.platformRoles, "brick.yank")) return <AuditorsOnly />;
  const bricks = await listPublished({ actorId: user.id });
  const mayPublish = canPlatform(user.platformRoles, "brick.publish");
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-bold sm:text-3xl">Publish</h1>
          <p className="text-stone-600">
            Publish brick versions, sign their audits, put their code on networks, deprecate or yank them.
          </p>
        </div>
        {mayPublish && (
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/publish/new">Publish a new brick</ButtonLink>
            <ButtonLink href="/publish/new-function" variant="secondary">
              Publish a function brick
            </ButtonLink>
          </div>
        )}
      </header>
      <ul className="space-y-4" aria-label="Bricks">
        {bricks.map((b) => (
          <Card as="li" key={b.slug}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-lg font-semibold">
                <Link
                  href={b.kind === "function" ? `/functions/${b.slug}` : `/bricks/${b.slug}`}
                  prefetch={false}
                  className="hover:text-brand-600"
                >
                  {b.name}
                </Link>{" "}
                <span className="font-mono text-sm font-normal text-stone-500">{b.slug}</span>
                {b.kind === "function" && (
                  <span className="ml-2 rounded bg-violet-50 px-1.5 py-0.5 align-middle text-xs font-medium text-violet-800">
                    Function
                  </span>
                )}
              </h2>
              {mayPublish && (
                <Link
                  href={`/publish/${b.kind === "function" ? "new-function" : "new"}?from=${b.slug}`}
                  className="text-sm text-brand-600 underline"
                >
                  New version
                </Link>
              )}
            </div>
            <div className="overflow-x-auto">
              <table className="mt-2 w-full text-left text-sm sm:min-w-[36rem] sm:table-fixed">
                {/* Phones: four columns that fit (how a version arrived is left out), no sideways scrolling. */}
                <thead className="text-stone-500">
                  <tr>
                    <th className="py-1 pr-3 font-medium sm:w-32">Version</th>
                    <th className="py-1 pr-3 font-medium sm:w-36">Published</th>
                    <th className="hidden py-1 pr-3 font-medium sm:table-cell sm:w-24">Source</th>
                    <th className="py-1 pr-3 font-medium sm:w-48">Audit</th>
                    <th className="py-1 font-medium">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {b.versions.map((v) => (
                    <tr key={v.version} className="border-t border-stone-100">
                      <td className="py-1.5 pr-3">
                        <Link href={`/publish/${b.slug}/${v.version}`} className="font-medium text-brand-600 underline">
                          {v.version}
                        </Link>
                      </td>
                      <td className="py-1.5 pr-3 whitespace-nowrap">{dateFmt.format(v.createdAt)}</td>
                      <td className="hidden py-1.5 pr-3 sm:table-cell">{SOURCE_WORDS[v.source] ?? v.source}</td>
                      <td className="py-1.5 pr-3">
                        {v.attested ? (
                          <span className="text-emerald-700">signed</span>
                        ) : v.audits ? (
                          <span className="text-amber-700">waiting for signature</span>
                        ) : (
                          <span className="text-stone-500">none</span>
                        )}
                      </td>
                      <td className="py-1.5">
                        {v.yankedAt ? (
                          <span className="text-red-700">yanked</span>
                        ) : v.deprecatedAt ? (
                          <span className="text-amber-700">deprecated</span>
                        ) : (
                          "available"
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        ))}
        {bricks.length === 0 && <Card as="li">No bricks yet.</Card>}
      </ul>
    </div>
  );
}

/** How a version arrived, in words (the column stores seed | ui | api). */
const SOURCE_WORDS: Record<string, string> = { seed: "built in", ui: "this site", api: "API" };
