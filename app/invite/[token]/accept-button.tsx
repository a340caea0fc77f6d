"use client";
import { useState, useTransition } from "react";
import { acceptInviteAction } from "@/app/invite/[token]/actions";
import { FormMessage } from "@/app/teams/_components/form-message";
import { btnPrimary } from "@/app/teams/_components/ui";

export function AcceptButton({ token, teamName }: { token: string; teamName: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        className={btnPrimary}
        onClick={() =>
          start(async () => {
            const result = await acceptInviteAction({ token }); // redirects to the team on success
            if (result && !result.ok) setError(result.message);
          })
        }
      >
        {pending ? "Joining…" : `Join ${teamName}`}
      </button>
      <FormMessage error={error} />
    </div>
  );
}
