"use client";
// Role select and remove button for one member; shown only when the permission table allows it,
// and the server checks again either way.
import { useState, useTransition } from "react";
import { ROLE_LABELS, type TeamRole } from "@/lib/auth/permissions";
import { changeRoleAction, removeMemberAction } from "@/app/teams/[slug]/actions";
import { FormMessage } from "@/app/teams/_components/form-message";
import { Button } from "@/app/_components/ui";

type Props = { teamId: string; userId: string; role: string; label: string; roles: TeamRole[]; canRemove: boolean };

export function MemberControls({ teamId, userId, role, label, roles, canRemove }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const run = (fn: () => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      setError(null);
      const result = await fn();
      if (!result.ok) setError(result.message ?? "That did not work.");
    });

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex items-center gap-2">
        {roles.length > 0 && (
          <select
            aria-label={`Role of ${label}`}
            value={role}
            disabled={pending}
            onChange={(e) => run(() => changeRoleAction({ teamId, userId, role: e.target.value as TeamRole }))}
            className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm"
          >
            {!roles.includes(role as TeamRole) && <option value={role}>{role}</option>}
            {roles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        )}
        {canRemove && (
          <Button
            variant="danger"
            type="button"
            disabled={pending}
            onClick={() =>
              confirm(`Remove ${label} from the team?`) && run(() => removeMemberAction({ teamId, userId }))
            }
          >
            Remove
          </Button>
        )}
      </div>
      <FormMessage error={error} />
    </div>
  );
}
