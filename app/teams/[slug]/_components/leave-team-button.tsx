"use client";
import { leaveTeamAction } from "@/app/teams/[slug]/actions";
import { ActionButton } from "@/app/teams/_components/action-button";
import { btnDanger } from "@/app/teams/_components/ui";

export function LeaveTeamButton({ teamId, teamName }: { teamId: string; teamName: string }) {
  // On success the action redirects to /teams.
  return (
    <ActionButton
      label="Leave team"
      pendingLabel="Leaving…"
      className={btnDanger}
      confirmText={`Leave ${teamName}? You will need a new invite to come back.`}
      run={() => leaveTeamAction({ teamId })}
    />
  );
}
