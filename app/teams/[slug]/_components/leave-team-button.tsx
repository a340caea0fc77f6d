"use client";
import { leaveTeamAction } from "@/app/teams/[slug]/actions";
import { ActionButton } from "@/app/teams/_components/action-button";

export function LeaveTeamButton({ teamId, teamName }: { teamId: string; teamName: string }) {
  // On success the action redirects to /teams.
  return (
    <ActionButton
      label="Leave team"
      pendingLabel="Leaving…"
      variant="danger"
      confirmText={`Leave ${teamName}? You will need a new invite to come back.`}
      run={() => leaveTeamAction({ teamId })}
    />
  );
}
