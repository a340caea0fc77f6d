"use client";
import { useState, useTransition } from "react";
import { leaveTeamAction } from "@/app/teams/[slug]/actions";
import { FormMessage } from "@/app/teams/_components/form-message";
import { btnDanger } from "@/app/teams/_components/ui";

export function LeaveTeamButton({ teamId, teamName }: { teamId: string; teamName: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        className={btnDanger}
        onClick={() =>
          confirm(`Leave ${teamName}? You will need a new invite to come back.`) &&
          start(async () => {
            const result = await leaveTeamAction({ teamId }); // redirects to /teams on success
            if (result && !result.ok) setError(result.message);
          })
        }
      >
        {pending ? "Leaving…" : "Leave team"}
      </button>
      <FormMessage error={error} />
    </div>
  );
}
