// "Use this brick": the deploy page. Signed-in people only; the flow itself is a client component
// that never loads @polkadot/api (the server builds, dry-runs and sends; the wallet only signs).
import type { Metadata } from "next";
import Link from "next/link";
import { exportConfig } from "@/lib/deployments/configs/export-config";
import { fitConfig } from "@/lib/deployments/configs/fit-config";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { listDeployOptions } from "@/lib/deployments/list-deploy-options";
import { listPresets } from "@/lib/deployments/presets/list-presets";
import { DeployFromFile } from "@/app/_components/deploy/deploy-from-file";
import { cardClass } from "@/app/_components/ui/classes";
import { MissingNetworks } from "@/app/_components/networks/missing-networks";
import type { JsonSchema } from "@/lib/bricks/json-schema";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Deploy a brick" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ version?: string; from?: string }> };

async function load(actorId: string, slug: string, version?: string) {
  try {
    return await listDeployOptions({ actorId, slug, version });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function DeployPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { version, from } = await searchParams;
  const user = await requirePageUser(
    `/bricks/${slug}/deploy${version ? `?version=${encodeURIComponent(version)}` : ""}`,
  );
  const o = await load(user.id, slug, version);
  const presets = await listPresets({ actorId: user.id, brick: slug });
  // "Deploy again" from an earlier deployment of this brick: its answers re-validated against this version.
  const earlier = from ? await exportConfig({ actorId: user.id, id: from }).catch(() => null) : null;
  const again =
    earlier && earlier.brick === slug
      ? { name: earlier.name, ...fitConfig(o.config as JsonSchema, earlier.config) }
      : null;
  const blocked = o.yanked
    ? `Version ${o.version.version} was withdrawn (yanked)${o.yanked.reason ? `: ${o.yanked.reason}` : ""}. It cannot be deployed any more; choose a newer version.`
    : o.teams.length === 0
      ? `You cannot deploy in any of your teams${o.viewerOnlyTeams.length ? ` (you are a viewer in ${o.viewerOnlyTeams.join(", ")})` : ""}. Ask a team owner or admin to make you a deployer.`
      : o.networks.length === 0
        ? `Version ${o.version.version} cannot be deployed to any network right now.`
        : null;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className="text-brand-600 underline">
          Catalog
        </Link>{" "}
        <span aria-hidden>/</span>{" "}
        <Link href={`/bricks/${o.brick.slug}`} className="text-brand-600 underline">
          {o.brick.name}
        </Link>{" "}
        <span aria-hidden>/</span> Deploy
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">Deploy {o.brick.name}</h1>
        <p className="text-stone-700">{o.brick.summary}</p>
        <p className="text-sm text-stone-500">
          Version {o.version.version} · {o.version.audited ? "audited" : "not audited yet"}
        </p>
      </header>
      {again && (
        <div
          role="status"
          className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900"
          data-testid="deploy-again"
        >
          <p>
            Starting from the settings of “{again.name}”, checked against version {o.version.version}.
          </p>
          {again.problems.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {again.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {o.warning && !blocked && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {o.warning}
        </p>
      )}
      {blocked ? (
        <p role="alert" className={`${cardClass} text-red-900`}>
          {blocked}
        </p>
      ) : (
        <DeployFromFile
          brick={o.brick}
          version={o.version.version}
          versions={o.versions}
          config={o.config as JsonSchema}
          link={o.link}
          networks={o.networks}
          teams={o.teams}
          again={again ?? undefined}
          presets={presets}
        />
      )}
      <MissingNetworks missing={o.missingNetworks} />
    </div>
  );
}
