"use client";
import { useState, useTransition } from "react";
import { setAuditorAction } from "@/app/admin/actions";
import { FormMessage } from "@/app/teams/_components/form-message";
import { Button } from "@/app/_components/ui";

export function AuditorToggle({ userId, isAuditor, label }: { userId: string; isAuditor: boolean; label: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const act = () =>
    start(async () => {
      const result = await setAuditorAction({ userId, auditor: !isAuditor });
      setError(result.ok ? null : result.message);
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          (!isAuditor || confirm(`Revoke auditor from ${label}? They can no longer publish bricks.`)) && act()
        }
        variant={isAuditor ? "danger" : "secondary"}
      >
        {isAuditor ? "Revoke auditor" : "Make auditor"}
      </Button>
      <FormMessage error={error} />
    </div>
  );
}
