// The team dashboard: every instance the team deployed, with filters and search. Members see it;
// deployers (and owners, admins) also get "Deploy a brick"; viewers are told they cannot deploy.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { listTeamDeployments } from "@/lib/deployments/list-team-deployments";
import { getTeamForMember } from "@/lib/teams/get-team-for-member";
import { YankedNotice } from "@/app/_components/publishing/yanked-notice";
import { ButtonLink, Card } from "@/app/_components/ui";
import { Filters } from "./_components/filters";
import { InstancesTable } from "./_components/instances-table";
import { ImportContractForm } from "./_components/import-contract-form";
import { listImportNetworks } from "@/lib/deployments/imports/list-import-networks";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Team deployments" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TeamDeploymentsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]),
  );
  const user = await requirePageUser(`/teams/${slug}/deployments`);
  const team = await getTeamForMember({ actorId: user.id, slug }).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { rows, bricks, networks, filters } = await listTeamDeployments({
    actorId: user.id,
    teamId: team.id,
    filters: query,
  });
  const filtered = Object.values(filters).some(Boolean);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <Link href="/teams" className="hover:text-brand-600">
          Teams
        </Link>{" "}
        /{" "}
        <Link href={`/teams/${team.slug}`} className="hover:text-brand-600">
          {team.name}
        </Link>{" "}
        / Deployments
      </nav>
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{team.name} · deployments</h1>
        {can(team.myRole, "deployment.create") ? (
          <ButtonLink href="/">Deploy a brick</ButtonLink>
        ) : (
          <p className="text-sm text-stone-600" data-testid="viewer-note">
            As a viewer you can see the team’s instances, but not deploy.
          </p>
        )}
      </header>
      <YankedNotice actorId={user.id} teamId={team.id} />
      {can(team.myRole, "deployment.create") && (
        <ImportContractForm teamId={team.id} networks={await listImportNetworks()} />
      )}
      <Card className="space-y-4" aria-labelledby="instances-title">
        <h2 id="instances-title" className="sr-only">
          Instances
        </h2>
        <Filters values={filters} bricks={bricks} networks={networks} />
        {rows.length > 0 ? (
          <InstancesTable rows={rows} />
        ) : (
          <p className="text-sm text-stone-600">
            {filtered
              ? "No instance matches these filters."
              : can(team.myRole, "deployment.create")
                ? "This team has not deployed anything yet. Pick a brick in the catalog and choose “Use this brick”."
                : "This team has not deployed anything yet."}
          </p>
        )}
      </Card>
    </div>
  );
}
