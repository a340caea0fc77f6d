"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ZCreateApiToken, type TCreateApiToken } from "@/lib/publishing/schemas";
import { FormMessage } from "@/app/teams/_components/form-message";
import { Button, Input } from "@/app/_components/ui";
import { createApiTokenAction } from "../actions";

export function CreateTokenForm({ teamId }: { teamId: string }) {
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, reset, formState } = useForm<TCreateApiToken>({
    resolver: zodResolver(ZCreateApiToken),
    defaultValues: { teamId, name: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    setCopied(false);
    const result = await createApiTokenAction(values);
    if (!result.ok) return setError(result.fields?.name?.[0] ?? result.message);
    setCreated(result.data);
    reset({ teamId, name: "" });
  });
  const nameError = formState.errors.name?.message;
  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} noValidate aria-label="Create an API token" className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <label htmlFor="token-name" className="block text-sm font-medium">
            Token name
          </label>
          <Input
            id="token-name"
            {...register("name")}
            placeholder="e.g. GitHub Actions"
            aria-invalid={nameError ? true : undefined}
          />
          {nameError && (
            <p role="alert" className="mt-1 text-xs text-red-700">
              {nameError}
            </p>
          )}
        </div>
        <Button type="submit" disabled={formState.isSubmitting}>
          Create token
        </Button>
      </form>
      <FormMessage error={error} />
      {created && (
        <div className="space-y-1 rounded-md border border-brand-100 bg-brand-50 p-3">
          <label htmlFor="token-value" className="block text-sm font-medium">
            Your new token “{created.name}”
          </label>
          <div className="flex gap-2">
            <Input
              id="token-value"
              readOnly
              value={created.token}
              onFocus={(e) => e.currentTarget.select()}
              className="font-mono text-xs"
            />
            <Button
              variant="secondary"
              type="button"
              onClick={() =>
                navigator.clipboard?.writeText(created.token).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
          <p className="text-xs text-stone-700">
            Copy it now: it is shown only once. Brickyard keeps only its SHA-256 hash.
          </p>
        </div>
      )}
    </div>
  );
}
