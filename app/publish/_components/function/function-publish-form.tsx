"use client";
// The auditor's publish form for a function brick: source (code hash computed by the server), listing,
// the inputs form with a live preview, what it may use and when it runs, its delivery, and the audit
// report. The flow (live checks, Publish through the one publishing service the REST API and the CLI
// use, then the version page asking for the signature) is every kind's: DraftPublishForm.
import { zodResolver } from "@hookform/resolvers/zod";
import { ZPublishFunctionDraft, type TPublishFunctionDraft } from "@/lib/publishing/function-draft";
import { checkFunctionDraftAction, publishFunctionDraftAction } from "../../new-function/actions";
import { ConfigSection } from "../config-section";
import { DraftPublishForm } from "../draft-publish-form";
import { ListingSection } from "../listing-section";
import { ReportStep } from "../report-section";
import { Step } from "../step";
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
  return (
    <DraftPublishForm
      resolver={zodResolver(ZPublishFunctionDraft)}
      defaults={defaults}
      label="Publish a function brick version"
      checkAction={checkFunctionDraftAction}
      uploadField="sourceText"
      publishAction={publishFunctionDraftAction}
      anchorOf={anchorOf}
      idle="Upload the function's source to run the checks."
    >
      {(result) => (
        <>
          <Step
            n={1}
            id="fstep-source"
            title="Function source"
            intro="Brickyard computes the code hash (sha-256 of the source) that every run receipt names and your attestation covers."
          >
            <SourceSection info={result?.source ?? null} />
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
          <ReportStep id="fstep-report" />
        </>
      )}
    </DraftPublishForm>
  );
}
