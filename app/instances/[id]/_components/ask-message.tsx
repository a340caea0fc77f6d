"use client";
// One read-only message of a watched contract that takes arguments (balance_of(owner), say): its
// small form (the deploy form's renderer), then the contract's answer, read with a dry-run as the
// person asking. Nothing is signed, so every member of the team may ask.
import { useState } from "react";
import { BrickForm } from "@/app/_components/brick-form";
import { Button } from "@/app/_components/ui";
import { monoClass } from "@/app/_components/ui/classes";
import type { JsonSchema } from "@/lib/bricks/json-schema";
import type { TSettingsAction } from "@/lib/deployments/actions/settings-of";
import { askMessageAction } from "../actions";
import { failureWords } from "./use-prepare-and-sign";

export function AskMessage({ deploymentId, message }: { deploymentId: string; message: TSettingsAction }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function ask(answers: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    setAnswer(null);
    const result = await askMessageAction({ deploymentId, action: message.id, answers });
    setBusy(false);
    if (result.ok) setAnswer(result.data.answer);
    else setError(failureWords(result));
  }

  const titleId = `ask-${message.id}`;
  return (
    <li className="rounded-md border border-stone-200 p-3" aria-labelledby={titleId} data-testid={`ask-${message.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <h3 id={titleId} className={`font-medium ${monoClass}`}>
            {message.label}
          </h3>
          {message.description && <p className="text-sm text-stone-600">{message.description}</p>}
        </div>
        <Button variant="secondary" type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "Close" : "Ask"}
        </Button>
      </div>
      {open && (
        <div className="mt-3">
          <BrickForm
            schema={message.config as JsonSchema}
            defaultValues={message.defaults}
            onSubmit={ask}
            submitLabel={busy ? "Asking…" : "Ask the contract"}
            label={message.label}
          />
        </div>
      )}
      {answer !== null && (
        <p aria-live="polite" className="mt-2 text-sm" data-testid="ask-answer">
          <span className="text-stone-600">Answer: </span>
          <span className={`${monoClass} [overflow-wrap:anywhere]`}>{answer}</span>
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
