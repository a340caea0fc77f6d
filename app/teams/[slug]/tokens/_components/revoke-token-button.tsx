"use client";
import { useState, useTransition } from "react";
import { FormMessage } from "@/app/teams/_components/form-message";
import { Button } from "@/app/_components/ui";
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
      <Button variant="danger" type="button" disabled={pending} onClick={revoke} aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
      <FormMessage error={error} />
    </div>
  );
}
