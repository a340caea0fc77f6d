"use client";
// Step 4 of a function brick: what it may use and when it runs — its secrets (write-only fields for the
// builder), the hosts it may reach, its limits, the triggers a builder may choose, and a webhook body.
import { get, useFormContext, useFormState } from "react-hook-form";
import { FUNCTION_TRIGGERS } from "@/lib/bricks/kinds/function/manifest-schema";
import { LIMIT_CAPS } from "@/lib/functions/sandbox/limits";
import { TRIGGER_WORDS, type TPublishFunctionDraft } from "@/lib/publishing/function-draft";
import { ProblemList } from "../problem-list";
import { TextField } from "../text-field";

const SECRETS_EXAMPLE =
  '[{ "name": "API_KEY", "purpose": "Sent to the API as its key.", "whereToGet": "Your provider\'s dashboard.", "required": false }]';
const WEBHOOK_EXAMPLE = '{ "body": { "type": "object", "properties": { … } }, "example": { … } }';

export function BehaviourSection() {
  const { register } = useFormContext<TPublishFunctionDraft>();
  const { errors } = useFormState({ name: "triggers" });
  const triggersError = (get(errors, "triggers") as { message?: string } | undefined)?.message;
  return (
    <div className="space-y-4">
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-stone-800">Triggers builders may choose</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {FUNCTION_TRIGGERS.map((t) => (
            <label key={t} className="flex items-center gap-2 text-sm text-stone-800">
              <input type="checkbox" value={t} {...register("triggers")} className="h-4 w-4 accent-brand-600" />
              {TRIGGER_WORDS[t]}
            </label>
          ))}
        </div>
        {triggersError && (
          <p role="alert" className="text-xs text-red-700">
            {triggersError}
          </p>
        )}
        <ProblemList field="triggers" />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="hostsText"
          label="Allowed hosts"
          help="Host names the function may call, separated by commas: api.example.com, *.example.com, host:port."
          mono
        />
        <TextField
          name="hostsFromInputsText"
          label="Hosts from inputs"
          help="Inputs holding a URL, separated by commas: the host the builder types is allowed for their instance."
          mono
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <TextField
          name="secretsText"
          label="Secrets (JSON list, optional)"
          rows={6}
          mono
          help={`Keys the builder types into write-only fields; the function reads them as secrets.NAME. e.g. ${SECRETS_EXAMPLE}`}
        />
        <TextField
          name="limitsText"
          label="Limits (JSON, optional)"
          rows={6}
          mono
          help={`Empty: the defaults. At most: wallMs ${LIMIT_CAPS.wallMs}, maxRequests ${LIMIT_CAPS.maxRequests}, maxOutputBytes ${LIMIT_CAPS.maxOutputBytes}. e.g. { "wallMs": 10000, "maxRequests": 1 }`}
        />
      </div>
      <TextField
        name="webhookText"
        label="Webhook body (JSON, only with the webhook trigger)"
        rows={5}
        mono
        help={`The JSON Schema every incoming body must meet, and an example body. e.g. ${WEBHOOK_EXAMPLE}`}
      />
    </div>
  );
}
