"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ZRenameTeam, type TRenameTeam } from "@/lib/teams/schemas";
import { renameTeamAction } from "@/app/teams/[slug]/actions";
import { FormMessage } from "@/app/teams/_components/form-message";
import { Button, Input } from "@/app/_components/ui";

export function RenameTeamForm({ teamId, name }: { teamId: string; name: string }) {
  const [outcome, setOutcome] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, formState, setError } = useForm<TRenameTeam>({
    resolver: zodResolver(ZRenameTeam),
    defaultValues: { teamId, name },
  });

  const onSubmit = handleSubmit(async (values) => {
    setOutcome({});
    const result = await renameTeamAction(values);
    if (result.ok) setOutcome({ success: "Saved." });
    else if (result.fields?.name) setError("name", { message: result.fields.name[0] });
    else setOutcome({ error: result.message });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" aria-label="Rename team">
      <label htmlFor="rename-team" className="block text-sm font-medium">
        Team name
      </label>
      <div className="flex gap-2">
        <Input id="rename-team" {...register("name")} aria-invalid={!!formState.errors.name} />
        <Button type="submit" disabled={formState.isSubmitting} className="shrink-0">
          Rename
        </Button>
      </div>
      <p className="text-sm text-red-700">{formState.errors.name?.message}</p>
      <FormMessage {...outcome} />
    </form>
  );
}
