"use client";
// A button that runs one server action, shows it is busy, and shows the action's refusal in plain
// words. The action redirects on success, so only a refusal comes back here.
import { useState, useTransition } from "react";
import { FormMessage } from "@/app/teams/_components/form-message";
import { Button } from "@/app/_components/ui";
import type { TButtonVariant } from "@/app/_components/ui/classes";
import type { ActionResult } from "@/lib/actions/action-result";

type Refusal = ActionResult<unknown> | undefined | void;

export function ActionButton(props: {
  label: string;
  pendingLabel: string;
  variant: TButtonVariant;
  /** Asked first with window.confirm; nothing runs when the person says no. */
  confirmText?: string;
  run: () => Promise<Refusal>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        variant={props.variant}
        disabled={pending}
        onClick={() => {
          if (props.confirmText && !confirm(props.confirmText)) return;
          start(async () => {
            const result = await props.run();
            if (result && !result.ok) setError(result.message);
          });
        }}
      >
        {pending ? props.pendingLabel : props.label}
      </Button>
      <FormMessage error={error} />
    </div>
  );
}
