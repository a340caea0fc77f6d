"use client";
// The publishing flow every bundle kind's form shares: the draft form, the live static checks while
// editing, the Publish button with the checks' state and a refusal's message, and the way to the
// version page (which asks for the attestation's signature). A kind brings only its steps, its check
// and publish actions, and where its problems point (see publish-form and function/function-publish-form).
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import {
  FormProvider,
  useForm,
  useFormContext,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
} from "react-hook-form";
import { Button } from "@/app/_components/ui";
import type { ActionResult } from "@/lib/actions/action-result";
import type { DraftProblem } from "@/lib/publishing/check-draft";
import type { PublishResult } from "../_lib/publish-result";
import { ChecksSummary } from "./checks-summary";
import { ProblemsContext } from "./problems-context";
import { useDraftCheck } from "./use-draft-check";

type Published = { slug: string; version: string; outcome: string };

type EditorProps<D, R> = {
  /** The form's accessible name. */
  label: string;
  /** The kind's live-check action, and the field with the uploaded file's text that starts it. */
  checkAction: (draft: D) => Promise<ActionResult<R>>;
  uploadField: string;
  publishAction: (values: D) => Promise<PublishResult<Published>>;
  /** Where a problem's link points, and the words before anything is uploaded (ChecksSummary's defaults otherwise). */
  anchorOf?: (field: string) => string;
  idle?: string;
  /** The kind's steps, given the latest check answer. */
  children: (result: R | null) => ReactNode;
};

export function DraftPublishForm<D extends FieldValues, R extends { problems: DraftProblem[] }>({
  resolver,
  defaults,
  ...editor
}: EditorProps<D, R> & { resolver: Resolver<D>; defaults: D }) {
  // Errors of the form's own schema appear from the first "Publish" on (the live checks speak before that), so a
  // freshly added, still empty finding row is not flagged at once.
  const form = useForm<D>({
    resolver,
    defaultValues: defaults as DefaultValues<D>,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  return (
    <FormProvider {...form}>
      <PublishEditor {...editor} />
    </FormProvider>
  );
}

function PublishEditor<D extends FieldValues, R extends { problems: DraftProblem[] }>(p: EditorProps<D, R>) {
  const router = useRouter();
  const { handleSubmit, setError, formState } = useFormContext<D>();
  const check = useDraftCheck({ check: p.checkAction, uploadField: p.uploadField });
  const [refused, setRefused] = useState<{ message: string; problems: DraftProblem[]; seenCheck: unknown } | null>(
    null,
  );
  // A refusal's problems stand until the next live check answers.
  const problems = refused && refused.seenCheck === check.result ? refused.problems : (check.result?.problems ?? []);

  const publish = handleSubmit(async (values) => {
    setRefused(null);
    const result = await p.publishAction(values);
    if (result.ok)
      return router.push(`/publish/${result.data.slug}/${result.data.version}?published=${result.data.outcome}`);
    for (const [field, messages] of Object.entries(result.fields ?? {}))
      setError(field as Path<D>, { message: messages[0] });
    setRefused({
      message: result.message,
      problems: "problems" in result && result.problems ? result.problems : [],
      seenCheck: check.result,
    });
  });

  return (
    <ProblemsContext.Provider value={problems}>
      {/* Not a <form>: the live preview inside step 3 is a form of its own, and forms cannot nest. */}
      <div role="form" aria-label={p.label} className="space-y-6">
        {p.children(check.result)}
        <div className="sticky bottom-0 z-10 flex flex-wrap items-center justify-between gap-4 rounded-lg border border-stone-200 bg-white/95 p-4 shadow-md backdrop-blur">
          <div className="min-w-0 flex-1 space-y-1">
            <ChecksSummary check={check} problems={problems} anchorOf={p.anchorOf} idle={p.idle} />
            {refused && (
              <p role="alert" className="text-sm text-red-700">
                Not published: {refused.message}
              </p>
            )}
          </div>
          <Button type="button" disabled={formState.isSubmitting} onClick={() => void publish()}>
            {formState.isSubmitting ? "Publishing…" : "Publish version"}
          </Button>
        </div>
      </div>
    </ProblemsContext.Provider>
  );
}
