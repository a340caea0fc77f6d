// "Use this function": configure and connect a function brick. Signed-in builders only; the targets
// offered are their own teams' live deployments of a contract brick the function can feed.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { configureView } from "@/lib/functions/bricks/configure-view";
import { getFunctionBrick } from "@/lib/functions/bricks/get-function-brick";
import { listFeedTargets } from "@/lib/functions/bricks/list-feed-targets";
import { Card } from "@/app/_components/ui";
import { ConfigureFunction } from "./configure-function";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Set up a function" };

type Props = { params: Promise<{ slug: string }> };

export default async function ConfigureFunctionPage({ params }: Props) {
  const { slug } = await params;
  const user = await requirePageUser(`/functions/${slug}/configure`);
  const brick = await getFunctionBrick(slug);
  if (!brick) notFound();
  const m = brick.manifest;
  const feeds = m.feeds.map((f) => f.brick);
  const form = await configureView(m, await listFeedTargets({ actorId: user.id, feeds }), { editing: false });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className="text-brand-600 underline">
          Catalog
        </Link>{" "}
        <span aria-hidden>/</span>{" "}
        <Link href={`/functions/${m.slug}`} className="text-brand-600 underline">
          {m.name}
        </Link>{" "}
        <span aria-hidden>/</span> Set up
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">Set up {m.name}</h1>
        <p className="text-stone-700">{m.summary}</p>
        <p className="text-sm text-stone-500">
          Version {m.version} · {brick.audited ? "audited" : "not audited yet"} · code hash{" "}
          <span className="font-mono text-xs break-all">{m.codeHash}</span>
        </p>
      </header>
      {form.targets.length === 0 ? (
        <Card as="div" role="alert" className="space-y-2 text-stone-800">
          <p>
            This function delivers its result to a contract of yours, and none of your teams has one it can feed yet.
          </p>
          <p>
            Deploy{" "}
            {feeds.map((f, i) => (
              <span key={f}>
                {i > 0 && " or "}
                <Link href={`/bricks/${f}`} className="text-brand-600 underline">
                  {f}
                </Link>
              </span>
            ))}{" "}
            first (you need to be an owner, admin or deployer of the team), then come back.
          </p>
        </Card>
      ) : (
        <ConfigureFunction {...form} />
      )}
    </div>
  );
}
