"use client";
// One settings action of the instance: a button that opens its small form (the deploy form's
// renderer and zod schema), then the server's dry-run in words (what will change, the fee, or why
// the contract would refuse), then the wallet's signature; the tracker follows it like a deploy.
import { useState } from "react";
import { BrickForm } from "@/app/_components/brick-form";
import type { JsonSchema } from "@/lib/bricks/json-schema";
import type { TPreparedAction } from "@/lib/deployments/actions/prepare-action";
import type { TSettingsAction } from "@/lib/deployments/actions/settings-of";
import { Button } from "@/app/_components/ui";
import { prepareSettingsAction } from "../actions";
import { usePrepareAndSign } from "./use-prepare-and-sign";

type TProps = { deploymentId: string; action: TSettingsAction; disabledReason: string | null };

const hasFields = (schema: Record<string, unknown>) => Object.keys((schema as JsonSchema).properties ?? {}).length > 0;

export function SettingsAction({ deploymentId, action, disabledReason }: TProps) {
  const [open, setOpen] = useState(false);
  const step = usePrepareAndSign<TPreparedAction>(deploymentId);
  const { prepared, phase, error, sent, reset } = step;

  const check = (answers: Record<string, unknown>) =>
    step.check((idempotencyKey) => prepareSettingsAction({ deploymentId, action: action.id, answers, idempotencyKey }));

  async function sign() {
    const done = await step.sign(
      () => "Sent. Brickyard follows it on the network; the values and events below update when it is in a block.",
    );
    if (done) setOpen(false);
  }

  const titleId = `action-${action.id}`;
  return (
    <li
      className="rounded-md border border-stone-200 p-3"
      aria-labelledby={titleId}
      data-testid={`settings-action-${action.id}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <h3 id={titleId} className="font-medium">
            {action.label}
          </h3>
          {action.description && <p className="text-sm text-stone-600">{action.description}</p>}
        </div>
        <Button
          variant="secondary"
          type="button"
          disabled={disabledReason !== null}
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
            reset();
          }}
          title={disabledReason ?? undefined}
        >
          {open ? "Close" : action.label}
        </Button>
      </div>
      {disabledReason && <p className="mt-1 text-xs text-stone-500">{disabledReason}</p>}
      {sent && (
        <p aria-live="polite" className="mt-2 text-sm text-emerald-800">
          {sent}
        </p>
      )}
      {open && (
        <div className="mt-3 space-y-3">
          {!prepared &&
            (hasFields(action.config) ? (
              <BrickForm
                schema={action.config as JsonSchema}
                defaultValues={action.defaults}
                onSubmit={check}
                submitLabel="Check (dry-run)"
                label={action.label}
              />
            ) : (
              <Button type="button" onClick={() => check({})} disabled={phase !== null}>
                Check (dry-run)
              </Button>
            ))}
          {prepared && (
            <div
              className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm"
              data-testid="action-review"
            >
              <p className="font-medium text-emerald-900">
                The dry-run passed: {prepared.summary.title.toLowerCase()} will work as signed now.
              </p>
              {prepared.summary.changes.length > 0 && (
                <dl className="grid gap-x-3 sm:grid-cols-[max-content_1fr]">
                  {prepared.summary.changes.map((c) => (
                    <div key={c.label} className="contents">
                      <dt className="text-stone-600">{c.label}</dt>
                      <dd className="break-all font-mono text-xs">{c.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
              <p className="text-stone-700">
                Network fee about {prepared.summary.fee}
                {!prepared.summary.deposit.startsWith("0 ") && ` · storage deposit ${prepared.summary.deposit}`}.
              </p>
              <div className="flex flex-wrap gap-2">
                <Button type="button" onClick={sign} disabled={phase !== null}>
                  Sign with your wallet
                </Button>
                <Button variant="secondary" type="button" onClick={reset} disabled={phase !== null}>
                  Change the answers
                </Button>
              </div>
            </div>
          )}
        </div>
      )}
      {phase && (
        <p aria-live="polite" className="mt-2 text-sm text-stone-700">
          {phase}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      )}
    </li>
  );
}
