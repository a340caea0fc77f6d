"use client";
// The auditor's publish form: bundle, listing, the builders' form with a live preview, the
// constructor mapping, link and settings, and the audit report. Static checks run on the server
// while editing; publishing runs them once more, then the version page asks for the signature.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, useFormContext } from "react-hook-form";
import { Button } from "@/app/_components/ui";
import type { DraftProblem } from "@/lib/publishing/check-draft";
import { ZPublishDraft, type TPublishDraft } from "@/lib/publishing/schemas";
import { checkDraftAction, publishDraftAction } from "../actions";
import { BundleSection } from "./bundle-section";
import { ChecksSummary } from "./checks-summary";
import { ConfigSection } from "./config-section";
import { ConstructorSection } from "./constructor-section";
import { ExtrasSection } from "./extras-section";
import { ListingSection } from "./listing-section";
import { ProblemsContext } from "./problems-context";
import { ReportSection } from "./report-section";
import { Step } from "./step";
import { useDraftCheck } from "./use-draft-check";

export function PublishForm({ defaults }: { defaults: TPublishDraft }) {
  // Errors of the form's own schema appear from the first "Publish" on (the live checks speak before that), so a
  // freshly added, still empty finding row is not flagged at once.
  const form = useForm<TPublishDraft>({
    resolver: zodResolver(ZPublishDraft),
    defaultValues: defaults,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  return (
    <FormProvider {...form}>
      <PublishEditor />
    </FormProvider>
  );
}

function PublishEditor() {
  const router = useRouter();
  const { handleSubmit, setError, formState } = useFormContext<TPublishDraft>();
  const check = useDraftCheck({ check: checkDraftAction, uploadField: "bundleText" });
  const [refused, setRefused] = useState<{ message: string; problems: DraftProblem[]; seenCheck: unknown } | null>(
    null,
  );
  // A refusal's problems stand until the next live check answers.
  const problems = refused && refused.seenCheck === check.result ? refused.problems : (check.result?.problems ?? []);

  const publish = handleSubmit(async (values) => {
    setRefused(null);
    const result = await publishDraftAction(values);
    if (result.ok)
      return router.push(`/publish/${result.data.slug}/${result.data.version}?published=${result.data.outcome}`);
    for (const [field, messages] of Object.entries(result.fields ?? {}))
      setError(field as keyof TPublishDraft, { message: messages[0] });
    setRefused({
      message: result.message,
      problems: "problems" in result && result.problems ? result.problems : [],
      seenCheck: check.result,
    });
  });

  return (
    <ProblemsContext.Provider value={problems}>
      {/* Not a <form>: the live preview inside step 3 is a form of its own, and forms cannot nest. */}
      <div role="form" aria-label="Publish a brick version" className="space-y-6">
        <Step
          n={1}
          id="step-bundle"
          title="Contract bundle"
          intro="Brickyard recomputes the code hash (blake2-256 of the wasm) and refuses wasm the chain would reject."
        >
          <BundleSection info={check.result?.bundle ?? null} />
        </Step>
        <Step n={2} id="step-listing" title="Listing">
          <ListingSection />
        </Step>
        <Step
          n={3}
          id="step-config"
          title="The form builders fill in"
          intro="JSON Schema on the left; on the right, the exact form builders will see."
        >
          <ConfigSection />
        </Step>
        <Step
          n={4}
          id="step-constructor"
          title="Constructor"
          intro="Where each constructor argument comes from; types are checked against the ABI."
        >
          <ConstructorSection info={check.result?.bundle ?? null} />
        </Step>
        <Step n={5} id="step-extras" title="Link step and settings (optional)">
          <ExtrasSection />
        </Step>
        <Step
          n={6}
          id="step-report"
          title="Audit report"
          intro="Its blake2-256 hash is recorded; after publishing you sign an attestation over the brick, version, code hash and report hash."
        >
          <ReportSection />
        </Step>
        <div className="sticky bottom-0 z-10 flex flex-wrap items-center justify-between gap-4 rounded-lg border border-stone-200 bg-white/95 p-4 shadow-md backdrop-blur">
          <div className="min-w-0 flex-1 space-y-1">
            <ChecksSummary check={check} problems={problems} />
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
