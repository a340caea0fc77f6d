import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { listMyTeams } from "@/lib/teams/list-my-teams";
import { CreateTeamForm } from "@/app/teams/_components/create-team-form";
import { RoleBadge } from "@/app/teams/_components/role-badge";
import { Card } from "@/app/_components/ui";
import { cardClass } from "@/app/_components/ui/classes";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const user = await requirePageUser("/teams");
  const teams = await listMyTeams({ actorId: user.id });

  return (
    <div className="space-y-6">
      <section className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">Your teams</h1>
        <p className="text-stone-600">
          A team owns deployments. Its members see them, and deploy or manage them depending on their role.
        </p>
      </section>
      <ul className="grid gap-3 sm:grid-cols-2" aria-label="Teams">
        {teams.map((t) => (
          <li key={t.id}>
            <Link
              href={`/teams/${t.slug}`}
              className={`${cardClass} block transition hover:border-brand-500 hover:shadow`}
            >
              <div className="flex items-start justify-between gap-2">
                <span className="text-lg font-semibold">{t.name}</span>
                <RoleBadge role={t.role} />
              </div>
              <p className="mt-1 text-sm text-stone-600">
                {t.memberCount === 1 ? "1 member" : `${t.memberCount} members`}
                {t.personal && " · your personal team"}
              </p>
            </Link>
          </li>
        ))}
      </ul>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Create a team</h2>
        <CreateTeamForm />
      </Card>
    </div>
  );
}
