"use client";
import { acceptInviteAction } from "@/app/invite/[token]/actions";
import { ActionButton } from "@/app/teams/_components/action-button";

export function AcceptButton({ token, teamName }: { token: string; teamName: string }) {
  // On success the action redirects to the team.
  return (
    <ActionButton
      label={`Join ${teamName}`}
      pendingLabel="Joining…"
      variant="primary"
      run={() => acceptInviteAction({ token })}
    />
  );
}
