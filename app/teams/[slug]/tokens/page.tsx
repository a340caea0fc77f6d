import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can, canPlatform } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { Card } from "@/app/_components/ui";
import { cardClass } from "@/app/_components/ui/classes";
import { CreateTokenForm } from "./_components/create-token-form";
import { RevokeTokenButton } from "./_components/revoke-token-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "API tokens" };

const fmt = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function TokensPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePageUser(`/teams/${slug}/tokens`);
  const data = await listApiTokens({ actorId: user.id, slug }).catch((e) =>
    e instanceof AppError && e.code === "NOT_FOUND" ? notFound() : Promise.reject(e),
  );
  const manage = can(data.myRole, "apitoken.manage");
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <Link href="/teams" className="hover:text-brand-600">
          Teams
        </Link>{" "}
        /{" "}
        <Link href={`/teams/${slug}`} className="hover:text-brand-600">
          {data.team.name}
        </Link>{" "}
        / API tokens
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">API tokens</h1>
        <p className="max-w-3xl text-stone-600">
          A token lets a program publish bricks for this team without a wallet, for example an automated build (“CI”).
          It acts as the person who created it, within this team; publishing needs that person to be an auditor.
        </p>
        <p className="max-w-3xl text-sm text-stone-600 [overflow-wrap:anywhere]">
          For developers:{" "}
          <code className="font-mono text-xs">
            npm run brickyard -- publish bricks/&lt;slug&gt; --url {"<this site>"} --token byd_…
          </code>
          , and the{" "}
          <a href="/api/v1/openapi.json" className="text-brand-600 underline">
            OpenAPI document
          </a>
          .
        </p>
        {manage && !canPlatform(user.platformRoles, "brick.publish") && (
          <p className="text-sm text-amber-800">You are not an auditor: tokens you create cannot publish bricks.</p>
        )}
      </header>
      {!manage ? (
        <p role="alert" className={cardClass}>
          Only owners and admins of this team manage its API tokens.
        </p>
      ) : (
        <>
          <Card aria-labelledby="new-token">
            <h2 id="new-token" className="mb-3 text-lg font-semibold">
              New token
            </h2>
            <CreateTokenForm teamId={data.team.id} />
          </Card>
          <Card aria-labelledby="tokens-title">
            <h2 id="tokens-title" className="mb-2 text-lg font-semibold">
              Tokens ({data.tokens.length})
            </h2>
            {data.tokens.length === 0 && <p className="text-sm text-stone-600">No tokens yet.</p>}
            <ul className="divide-y divide-stone-200" aria-label="API tokens">
              {data.tokens.map((t) => (
                <li key={t.id} className="flex flex-wrap items-center gap-3 py-3" data-testid="token-row">
                  <div className="min-w-0 flex-1">
                    <p className="font-medium">
                      {t.name}{" "}
                      {t.revokedAt && (
                        <span className="ml-1 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">revoked</span>
                      )}
                    </p>
                    <p className="text-xs text-stone-500">
                      By {t.createdBy.name ?? "a member"} on {fmt.format(t.createdAt)} UTC ·{" "}
                      {t.lastUsedAt ? `last used ${fmt.format(t.lastUsedAt)} UTC` : "never used"}
                      {t.revokedAt ? ` · revoked ${fmt.format(t.revokedAt)} UTC` : ""}
                    </p>
                  </div>
                  {!t.revokedAt && <RevokeTokenButton teamId={data.team.id} tokenId={t.id} name={t.name} />}
                </li>
              ))}
            </ul>
          </Card>
        </>
      )}
    </div>
  );
}
