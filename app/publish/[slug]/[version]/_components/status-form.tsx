"use client";
// Deprecate (deploys still work, with a warning) or yank (no new deploys; instance owners are told)
// a version, with a reason builders will read. Both are final.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button, Textarea } from "@/app/_components/ui";
import { ZVersionReason, type TVersionReason } from "@/lib/publishing/schemas";
import { setVersionStatusAction } from "@/app/publish/actions";

export function StatusForm({
  slug,
  version,
  status,
}: {
  slug: string;
  version: string;
  status: "deprecated" | "yanked";
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<TVersionReason>({
    resolver: zodResolver(ZVersionReason),
    defaultValues: { reason: "" },
  });
  const verb = status === "yanked" ? "Yank" : "Deprecate";
  const id = `reason-${status}`;
  const onSubmit = handleSubmit(async ({ reason }) => {
    if (
      status === "yanked" &&
      !confirm(
        `Yank ${slug}@${version}? Nobody can deploy it any more, and teams running it are told. This cannot be undone.`,
      )
    )
      return;
    const result = await setVersionStatusAction({ slug, version, status, reason });
    if (result.ok) router.refresh();
    else setError(result.fields?.reason?.[0] ?? result.message);
  });
  const fieldError = formState.errors.reason?.message ?? error;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`${verb} this version`} className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        {verb}: reason
      </label>
      <Textarea
        id={id}
        rows={2}
        {...register("reason")}
        aria-invalid={fieldError ? true : undefined}
        placeholder={
          status === "yanked"
            ? "e.g. transfer() can be re-entered; use 1.0.1"
            : "e.g. superseded by 2.0.0, which adds minting"
        }
      />
      {fieldError && (
        <p role="alert" className="text-xs text-red-700">
          {fieldError}
        </p>
      )}
      <Button type="submit" disabled={formState.isSubmitting} variant={status === "yanked" ? "danger" : "secondary"}>
        {verb} {version}
      </Button>
    </form>
  );
}
