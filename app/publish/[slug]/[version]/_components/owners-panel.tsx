"use client";
// "Owners": who may publish new versions of this brick, deprecate and yank them. The owner (or a
// platform admin) can hand the brick to another auditor, optionally with one of that auditor's teams.
// The same check runs on the server (transferBrick, inside its transaction); this only explains it.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button, Card, Input } from "@/app/_components/ui";
import { transferBrickAction } from "@/app/publish/actions";
import { ZTransferBrick, type TTransferBrick } from "@/lib/bricks/owners/schemas";
import type { TBrickOwners } from "@/lib/bricks/owners/get-brick-owners";

function ownerLine(owners: TBrickOwners): string {
  if (!owners.user && !owners.team) return "Brickyard itself (a built-in brick): only platform admins manage it.";
  const person = owners.user
    ? owners.user.isYou
      ? "You"
      : (owners.user.name ?? owners.user.address ?? "An auditor")
    : null;
  const team = owners.team ? `the team ${owners.team.name}` : null;
  return [person, team].filter(Boolean).join(", with ") + ".";
}

export function OwnersPanel({ slug, owners }: { slug: string; owners: TBrickOwners }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<TTransferBrick>({
    resolver: zodResolver(ZTransferBrick),
    defaultValues: { slug, toAddress: "", teamSlug: "" },
  });
  const { register, handleSubmit, formState, setError: setFieldError } = form;
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const to = values.teamSlug ? `${values.toAddress} (with their team "${values.teamSlug}")` : values.toAddress;
    if (
      !confirm(
        `Give "${slug}" to ${to}?\n\nThey will decide about new versions, deprecating and yanking. You will no longer be able to, unless they give it back.`,
      )
    )
      return;
    const result = await transferBrickAction({
      slug,
      toAddress: values.toAddress,
      teamSlug: values.teamSlug || undefined,
    });
    if (result.ok) {
      setDone(`"${slug}" now belongs to ${to}.`);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fields ?? {})) {
      if (field === "toAddress" || field === "teamSlug") setFieldError(field, { message: messages[0] });
    }
    setError(result.message);
  });
  const err = formState.errors;
  return (
    <Card className="space-y-3" aria-labelledby="owners-title">
      <h2 id="owners-title" className="text-lg font-semibold">
        Owners
      </h2>
      <p className="text-sm text-stone-700">
        <span className="font-medium">Owned by:</span> {ownerLine(owners)}
      </p>
      <p className="text-xs text-stone-600">
        Owners publish new versions, deprecate and yank. Other auditors can only add their own audit to a version.
      </p>
      {done && (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-2 text-sm text-emerald-900">
          {done}
        </p>
      )}
      {owners.canTransfer && !done && (
        <form
          onSubmit={onSubmit}
          noValidate
          aria-label="Transfer ownership"
          className="space-y-2 border-t border-stone-100 pt-3"
        >
          <h3 className="text-sm font-semibold">Give this brick to another auditor</h3>
          <label htmlFor="owner-address" className="block text-sm font-medium">
            Their wallet address
          </label>
          <Input
            id="owner-address"
            {...register("toAddress")}
            aria-invalid={err.toAddress ? true : undefined}
            className="font-mono"
            placeholder="5F…"
            autoComplete="off"
            spellCheck={false}
          />
          {err.toAddress && (
            <p role="alert" className="text-xs text-red-700">
              {err.toAddress.message}
            </p>
          )}
          <label htmlFor="owner-team" className="block text-sm font-medium">
            Their team{" "}
            <span className="font-normal text-stone-500">(optional: its owners and admins then share the brick)</span>
          </label>
          <Input
            id="owner-team"
            {...register("teamSlug")}
            aria-invalid={err.teamSlug ? true : undefined}
            placeholder="e.g. acme-audits"
            autoComplete="off"
          />
          {err.teamSlug && (
            <p role="alert" className="text-xs text-red-700">
              {err.teamSlug.message}
            </p>
          )}
          {error && !err.toAddress && !err.teamSlug && (
            <p role="alert" className="text-xs text-red-700">
              {error}
            </p>
          )}
          <p className="text-xs text-stone-600">
            They must already be an auditor on Brickyard. You will be asked to confirm.
          </p>
          <Button variant="danger" type="submit" disabled={formState.isSubmitting}>
            Transfer ownership
          </Button>
        </form>
      )}
    </Card>
  );
}
