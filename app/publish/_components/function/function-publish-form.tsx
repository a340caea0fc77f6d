"use client";
// The auditor's publish form for a function brick: source (code hash computed by the server), listing,
// the inputs form with a live preview, what it may use and when it runs, its delivery, and the audit
// report. The same checks as `npm run bricks:check` run while editing; publishing goes through the one
// publishing service the REST API and the CLI use, then the version page asks for the signature.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, useFormContext } from "react-hook-form";
import { Button } from "@/app/_components/ui";
import type { DraftProblem } from "@/lib/publishing/check-draft";
import { ZPublishFunctionDraft, type TPublishFunctionDraft } from "@/lib/publishing/function-draft";
import { checkFunctionDraftAction, publishFunctionDraftAction } from "../../new-function/actions";
import { ChecksSummary } from "../checks-summary";
import { ConfigSection } from "../config-section";
import { ListingSection } from "../listing-section";
import { ProblemsContext } from "../problems-context";
import { ReportSection } from "../report-section";
import { Step } from "../step";
import { useDraftCheck } from "../use-draft-check";
import { BehaviourSection } from "./behaviour-section";
import { DeliverySection } from "./delivery-section";
import { SourceSection } from "./source-section";

const SECTION: Record<string, string> = {
  sourceText: "fstep-source",
  inputsText: "fstep-inputs",
  triggers: "fstep-behaviour",
  hostsText: "fstep-behaviour",
  hostsFromInputsText: "fstep-behaviour",
  secretsText: "fstep-behaviour",
  limitsText: "fstep-behaviour",
  webhookText: "fstep-behaviour",
  feedsText: "fstep-delivery",
  deliveryText: "fstep-delivery",
};
const anchorOf = (field: string) => SECTION[field] ?? "fstep-listing";

export function FunctionPublishForm({ defaults }: { defaults: TPublishFunctionDraft }) {
  const form = useForm<TPublishFunctionDraft>({
    resolver: zodResolver(ZPublishFunctionDraft),
    defaultValues: defaults,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  return (
    <FormProvider {...form}>
      <FunctionPublishEditor />
    </FormProvider>
  );
}

function FunctionPublishEditor() {
  const router = useRouter();
  const { handleSubmit, setError, formState } = useFormContext<TPublishFunctionDraft>();
  const check = useDraftCheck({ check: checkFunctionDraftAction, uploadField: "sourceText" });
  const [refused, setRefused] = useState<{ message: string; problems: DraftProblem[]; seenCheck: unknown } | null>(
    null,
  );
  // A refusal's problems stand until the next live check answers.
  const problems = refused && refused.seenCheck === check.result ? refused.problems : (check.result?.problems ?? []);

  const publish = handleSubmit(async (values) => {
    setRefused(null);
    const result = await publishFunctionDraftAction(values);
    if (result.ok)
      return router.push(`/publish/${result.data.slug}/${result.data.version}?published=${result.data.outcome}`);
    for (const [field, messages] of Object.entries(result.fields ?? {}))
      setError(field as keyof TPublishFunctionDraft, { message: messages[0] });
    setRefused({
      message: result.message,
      problems: "problems" in result && result.problems ? result.problems : [],
      seenCheck: check.result,
    });
  });

  return (
    <ProblemsContext.Provider value={problems}>
      {/* Not a <form>: the live preview inside step 3 is a form of its own, and forms cannot nest. */}
      <div role="form" aria-label="Publish a function brick version" className="space-y-6">
        <Step
          n={1}
          id="fstep-source"
          title="Function source"
          intro="Brickyard computes the code hash (sha-256 of the source) that every run receipt names and your attestation covers."
        >
          <SourceSection info={check.result?.source ?? null} />
        </Step>
        <Step n={2} id="fstep-listing" title="Listing">
          <ListingSection networks={false} />
        </Step>
        <Step
          n={3}
          id="fstep-inputs"
          title="The form builders fill in"
          intro="The function's inputs as JSON Schema on the left; on the right, the exact form builders will see."
        >
          <ConfigSection name="inputsText" label="Inputs schema (JSON Schema 2020-12)" what="inputs" />
        </Step>
        <Step
          n={4}
          id="fstep-behaviour"
          title="What it may use and when it runs"
          intro="Triggers, the hosts it may reach, the secrets builders provide, and its limits."
        >
          <BehaviourSection />
        </Step>
        <Step
          n={5}
          id="fstep-delivery"
          title="Delivery"
          intro="Where the output goes: typed against the ABI of every contract brick it feeds."
        >
          <DeliverySection />
        </Step>
        <Step
          n={6}
          id="fstep-report"
          title="Audit report"
          intro="Its blake2-256 hash is recorded; after publishing you sign an attestation over the brick, version, code hash and report hash."
        >
          <ReportSection />
        </Step>
        <div className="sticky bottom-0 z-10 flex flex-wrap items-center justify-between gap-4 rounded-lg border border-stone-200 bg-white/95 p-4 shadow-md backdrop-blur">
          <div className="min-w-0 flex-1 space-y-1">
            <ChecksSummary
              check={check}
              problems={problems}
              anchorOf={anchorOf}
              idle="Upload the function's source to run the checks."
            />
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
