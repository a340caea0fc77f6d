import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { assignableRoles, can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getTeamForMember } from "@/lib/teams/get-team-for-member";
import { getTeamHistory } from "@/lib/teams/get-team-history";
import { RoleBadge } from "@/app/teams/_components/role-badge";
import { Card } from "@/app/_components/ui";
import { InvitePanel } from "@/app/teams/[slug]/_components/invite-panel";
import { LeaveTeamButton } from "@/app/teams/[slug]/_components/leave-team-button";
import { MembersList } from "@/app/teams/[slug]/_components/members-list";
import { PendingInvites } from "@/app/teams/[slug]/_components/pending-invites";
import { RenameTeamForm } from "@/app/teams/[slug]/_components/rename-team-form";
import { TeamHistory } from "@/app/teams/[slug]/_components/team-history";
import { historyNames } from "@/lib/catalog/history-names";
import { listFunctionAlerts } from "@/lib/functions/alerts/list-function-alerts";
import { FunctionAlerts } from "@/app/teams/[slug]/_components/function-alerts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Team" };

async function load(actorId: string, slug: string) {
  try {
    return await getTeamForMember({ actorId, slug });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function TeamPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePageUser(`/teams/${slug}`);
  const team = await load(user.id, slug);
  const history = await getTeamHistory({ actorId: user.id, teamId: team.id });
  const inviteRoles = can(team.myRole, "team.invite") ? assignableRoles(team.myRole) : [];
  const soleOwner = team.myRole === "owner" && team.members.filter((m) => m.role === "owner").length === 1;
  const names = await historyNames(history);
  const alerts = await listFunctionAlerts({ actorId: user.id, teamId: team.id });

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <Link href="/teams" className="hover:text-brand-600">
          Teams
        </Link>{" "}
        / {team.name}
      </nav>
      <header className="flex flex-wrap items-center gap-3" data-team-id={team.id}>
        <h1 className="text-2xl font-bold sm:text-3xl">{team.name}</h1>
        <span className="text-sm text-stone-600">You are</span> <RoleBadge role={team.myRole} />
        {team.personal && (
          <span className="rounded bg-stone-100 px-2 py-0.5 text-xs text-stone-600">Personal team</span>
        )}
        <Link
          href={`/teams/${slug}/deployments`}
          className="ml-auto rounded-md bg-brand-500 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
        >
          Deployments
        </Link>
      </header>

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr] [&>*]:min-w-0">
        <div className="space-y-6">
          <FunctionAlerts alerts={alerts} />
          <Card aria-labelledby="members-title">
            <h2 id="members-title" className="mb-2 text-lg font-semibold">
              Members ({team.members.length})
            </h2>
            <MembersList teamId={team.id} myRole={team.myRole} me={user.id} members={team.members} />
          </Card>
          {inviteRoles.length > 0 && (
            <Card className="space-y-4" aria-labelledby="invite-title">
              <h2 id="invite-title" className="text-lg font-semibold">
                Invite someone
              </h2>
              <InvitePanel teamId={team.id} roles={inviteRoles} />
              <PendingInvites
                teamId={team.id}
                invites={team.invites.map((i) => ({
                  id: i.id,
                  role: i.role,
                  createdBy: i.createdBy.name ?? "a member",
                  expiresAt: i.expiresAt.toISOString(),
                }))}
              />
            </Card>
          )}
          <Card aria-labelledby="history-title">
            <h2 id="history-title" className="mb-3 text-lg font-semibold">
              History
            </h2>
            <TeamHistory entries={history} names={names} />
          </Card>
        </div>
        <aside className="space-y-6">
          {can(team.myRole, "team.rename") && (
            <Card aria-labelledby="settings-title">
              <h2 id="settings-title" className="mb-3 text-lg font-semibold">
                Settings
              </h2>
              <RenameTeamForm teamId={team.id} name={team.name} />
            </Card>
          )}
          {can(team.myRole, "apitoken.manage") && (
            <Card className="space-y-2" aria-labelledby="tokens-title">
              <h2 id="tokens-title" className="text-lg font-semibold">
                API tokens
              </h2>
              <p className="text-sm text-stone-600">
                Tokens let a program (for example an automated build) publish bricks for this team without a wallet.
              </p>
              <Link href={`/teams/${slug}/tokens`} className="text-sm font-medium text-brand-600 underline">
                Manage API tokens
              </Link>
            </Card>
          )}
          <Card className="space-y-2" aria-labelledby="leave-title">
            <h2 id="leave-title" className="text-lg font-semibold">
              Leave this team
            </h2>
            {soleOwner ? (
              <p className="text-sm text-stone-600" data-testid="sole-owner-note">
                You are this team&apos;s only owner, and a team always keeps one. To leave, first make another member an
                owner.
              </p>
            ) : (
              <>
                <p className="text-sm text-stone-600">
                  A team always keeps at least one owner. The last owner cannot leave.
                </p>
                <LeaveTeamButton teamId={team.id} teamName={team.name} />
              </>
            )}
          </Card>
        </aside>
      </div>
    </div>
  );
}
