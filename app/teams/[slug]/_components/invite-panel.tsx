"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ROLE_HELP, ROLE_LABELS, type TeamRole } from "@/lib/auth/permissions";
import { ZCreateInvite, type TCreateInvite } from "@/lib/teams/schemas";
import { createInviteAction } from "@/app/teams/[slug]/actions";
import { FormMessage } from "@/app/teams/_components/form-message";
import { Button, Input, Select } from "@/app/_components/ui";

export function InvitePanel({ teamId, roles }: { teamId: string; roles: TeamRole[] }) {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, control, formState } = useForm<TCreateInvite>({
    resolver: zodResolver(ZCreateInvite),
    defaultValues: { teamId, role: roles.includes("viewer") ? "viewer" : roles[0] },
  });
  const role = useWatch({ control, name: "role" });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    setCopied(false);
    const result = await createInviteAction(values);
    if (result.ok) setLink(`${window.location.origin}/invite/${result.data.token}`);
    else setError(result.fields?.role?.[0] ?? result.message);
  });

  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2" aria-label="Invite someone">
        <div>
          <label htmlFor="invite-role" className="block text-sm font-medium">
            Role
          </label>
          <Select id="invite-role" {...register("role")} className="w-44">
            {roles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" disabled={formState.isSubmitting}>
          Create invite link
        </Button>
      </form>
      {role && <p className="text-sm text-stone-600">{ROLE_HELP[role as TeamRole]}</p>}
      <FormMessage error={error} />
      {link && (
        <div className="space-y-1 rounded-md border border-brand-100 bg-brand-50 p-3">
          <label htmlFor="invite-link" className="block text-sm font-medium">
            Send this link to the person you invite
          </label>
          <div className="flex gap-2">
            <Input
              id="invite-link"
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
              className="font-mono text-xs"
            />
            <Button
              variant="secondary"
              type="button"
              onClick={() =>
                navigator.clipboard?.writeText(link).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
          <p className="text-xs text-stone-600">It works once and expires in 7 days. It is shown only now.</p>
        </div>
      )}
    </div>
  );
}
