"use client";
import { useState, useTransition } from "react";
import { FormMessage } from "@/app/teams/_components/form-message";
import { btnDanger } from "@/app/teams/_components/ui";
import { revokeApiTokenAction } from "../actions";

export function RevokeTokenButton({ teamId, tokenId, name }: { teamId: string; tokenId: string; name: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const revoke = () =>
    confirm(`Revoke the token “${name}”? Anything using it stops working at once.`) &&
    start(async () => {
      const result = await revokeApiTokenAction({ teamId, tokenId });
      setError(result.ok ? null : result.message);
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <button type="button" className={btnDanger} disabled={pending} onClick={revoke} aria-label={`Revoke ${name}`}>
        Revoke
      </button>
      <FormMessage error={error} />
    </div>
  );
}
