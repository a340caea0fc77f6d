"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ZCreateTeam, type TCreateTeam } from "@/lib/teams/schemas";
import { createTeamAction } from "@/app/teams/actions";
import { FormMessage } from "@/app/teams/_components/form-message";
import { Button, Input } from "@/app/_components/ui";

export function CreateTeamForm() {
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState,
  } = useForm<TCreateTeam>({
    resolver: zodResolver(ZCreateTeam),
    defaultValues: { name: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await createTeamAction(values); // redirects to the new team on success
    if (result && !result.ok) {
      if (result.fields?.name) setFieldError("name", { message: result.fields.name[0] });
      else setError(result.message);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" aria-label="Create a team">
      <label htmlFor="team-name" className="block text-sm font-medium">
        Team name
      </label>
      <div className="flex gap-2">
        <Input
          id="team-name"
          {...register("name")}
          aria-invalid={!!formState.errors.name}
          aria-describedby="team-name-error"
          placeholder="e.g. Treasury ops"
        />
        <Button type="submit" disabled={formState.isSubmitting} className="shrink-0">
          {formState.isSubmitting ? "Creating…" : "Create team"}
        </Button>
      </div>
      <p id="team-name-error" className="text-sm text-red-700">
        {formState.errors.name?.message}
      </p>
      <FormMessage error={error} />
    </form>
  );
}
