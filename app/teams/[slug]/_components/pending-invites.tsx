"use client";
import { useState, useTransition } from "react";
import { ROLE_LABELS, isTeamRole } from "@/lib/auth/permissions";
import { revokeInviteAction } from "@/app/teams/[slug]/actions";
import { FormMessage } from "@/app/teams/_components/form-message";
import { Button } from "@/app/_components/ui";

type Invite = { id: string; role: string; createdBy: string; expiresAt: string };

export function PendingInvites({ teamId, invites }: { teamId: string; invites: Invite[] }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (invites.length === 0) return <p className="text-sm text-stone-500">No open invites.</p>;
  return (
    <div className="space-y-1 border-t border-stone-200 pt-3">
      <h3 className="text-sm font-semibold text-stone-700">Open invites</h3>
      <ul className="divide-y divide-stone-200 text-sm" aria-label="Open invites">
        {invites.map((i) => (
          <li key={i.id} className="flex items-center justify-between gap-2 py-2">
            <span>
              {isTeamRole(i.role) ? ROLE_LABELS[i.role] : i.role} · by {i.createdBy} · expires{" "}
              {new Date(i.expiresAt).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" })}
            </span>
            <Button
              variant="secondary"
              type="button"
              disabled={pending}
              onClick={() =>
                start(async () => {
                  const r = await revokeInviteAction({ teamId, inviteId: i.id });
                  setError(r.ok ? null : r.message);
                })
              }
            >
              Revoke
            </Button>
          </li>
        ))}
      </ul>
      <FormMessage error={error} />
    </div>
  );
}
