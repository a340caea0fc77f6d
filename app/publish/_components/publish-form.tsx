"use client";
// The auditor's publish form for a contract brick: bundle, listing, the builders' form with a live
// preview, the constructor mapping, link and settings, and the audit report. The flow (live checks,
// Publish, refusal, the version page asking for the signature) is every kind's: DraftPublishForm.
import { zodResolver } from "@hookform/resolvers/zod";
import { ZPublishDraft, type TPublishDraft } from "@/lib/publishing/schemas";
import { checkDraftAction, publishDraftAction } from "../actions";
import { BundleSection } from "./bundle-section";
import { ConfigSection } from "./config-section";
import { ConstructorSection } from "./constructor-section";
import { DraftPublishForm } from "./draft-publish-form";
import { ExtrasSection } from "./extras-section";
import { ListingSection } from "./listing-section";
import { ReportStep } from "./report-section";
import { Step } from "./step";

export function PublishForm({ defaults }: { defaults: TPublishDraft }) {
  return (
    <DraftPublishForm
      resolver={zodResolver(ZPublishDraft)}
      defaults={defaults}
      label="Publish a brick version"
      checkAction={checkDraftAction}
      uploadField="bundleText"
      publishAction={publishDraftAction}
    >
      {(result) => (
        <>
          <Step
            n={1}
            id="step-bundle"
            title="Contract bundle"
            intro="Brickyard recomputes the code hash (blake2-256 of the wasm) and refuses wasm the chain would reject."
          >
            <BundleSection info={result?.bundle ?? null} />
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
            <ConstructorSection info={result?.bundle ?? null} />
          </Step>
          <Step n={5} id="step-extras" title="Link step and settings (optional)">
            <ExtrasSection />
          </Step>
          <ReportStep id="step-report" />
        </>
      )}
    </DraftPublishForm>
  );
}
