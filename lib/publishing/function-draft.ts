// The publish form of a function brick keeps function-brick.json in editable pieces (text boxes for the
// JSON parts, a list of trigger boxes): one zod schema for the form and the server, the way back to the
// manifest the publish API takes, and which box a check problem belongs to. Browser-safe: the form
// shows the same JSON errors while typing that the server answers with.
import { z } from "zod";
import { ZAuditReport } from "@/lib/audits/schemas";
import { FUNCTION_TRIGGERS } from "@/lib/bricks/kinds/function/manifest-schema";
import { jsonBoxes, splitList, type DraftJsonError } from "./draft-json";
import { LISTING_CHECK_SHAPE, loose, listingToManifest } from "./draft-listing";

const text = (message: string) => z.string({ error: message }).trim().min(1, message);

const draftShape = {
  sourceName: z.string().max(200),
  // Not trimmed: the code hash is the sha-256 of the exact text, as the live check showed it.
  sourceText: z
    .string({ error: "Upload the function's JavaScript source (the .js file that exports run)." })
    .refine((s) => s.trim().length > 0, "Upload the function's JavaScript source (the .js file that exports run)."),
  slug: text("Give the brick a slug, e.g. api-price-feed."),
  name: text("Give the brick a name."),
  summary: text("Write a one-sentence summary."),
  description: text("Describe the function for builders (Markdown)."),
  category: text("Choose a category, e.g. oracles."),
  tagsText: z.string(),
  version: text("Give the version, e.g. 1.0.0."),
  changelog: z.string(),
  inputsText: text("Write the inputs schema (JSON Schema): it becomes the builders' form."),
  secretsText: z.string(),
  hostsText: z.string(),
  hostsFromInputsText: z.string(),
  limitsText: z.string(),
  triggers: z
    .array(z.enum(FUNCTION_TRIGGERS, { error: "Choose triggers from the list." }))
    .min(1, "Allow at least one trigger, e.g. Run now."),
  webhookText: z.string(),
  feedsText: text("Name at least one contract brick the function can feed."),
  deliveryText: text("Write the delivery: which message of the contract the output becomes."),
};

export const ZPublishFunctionDraft = z.object({ ...draftShape, report: ZAuditReport });
export type TPublishFunctionDraft = z.input<typeof ZPublishFunctionDraft>;

/** The live check takes the draft as it is while typing: anything missing is the brick check's to report. */
export const ZCheckFunctionDraft = z.object({
  sourceName: loose,
  sourceText: loose,
  ...LISTING_CHECK_SHAPE,
  inputsText: loose,
  secretsText: loose,
  hostsText: loose,
  hostsFromInputsText: loose,
  limitsText: loose,
  triggers: z.array(z.enum(FUNCTION_TRIGGERS, { error: "Choose triggers from the list." })).max(8),
  webhookText: loose,
  feedsText: loose,
  deliveryText: loose,
});
export type TCheckFunctionDraft = z.input<typeof ZCheckFunctionDraft>;

/** Words for each trigger, shown beside its box. */
export const TRIGGER_WORDS: Record<(typeof FUNCTION_TRIGGERS)[number], string> = {
  manual: "Run now (a button on the instance page)",
  schedule: "On a schedule (every N minutes or cron)",
  webhook: "Incoming webhook (a signed HTTPS POST)",
  event: "Contract event (declared, not run yet)",
};

/**
 * function-brick.json from the draft. `codeHash` is the sha-256 of the uploaded source, computed by the
 * caller (the server), so the author never types it and the check still compares it with the source.
 */
export function functionDraftToManifest(
  d: TCheckFunctionDraft,
  codeHash: string,
): { manifest: Record<string, unknown>; errors: DraftJsonError[] } {
  const { json, errors } = jsonBoxes();
  const webhook = json(d.webhookText, "webhookText", "The webhook body", undefined);
  const manifest: Record<string, unknown> = {
    formatVersion: 1,
    kind: "function",
    ...listingToManifest(d),
    source: d.sourceName.trim() || "function.js",
    codeHash,
    inputs: json(d.inputsText, "inputsText", "The inputs schema", {}),
    secrets: json(d.secretsText, "secretsText", "The secrets list", []),
    hosts: splitList(d.hostsText),
    hostsFromInputs: splitList(d.hostsFromInputsText),
    limits: json(d.limitsText, "limitsText", "The limits", {}),
    triggers: d.triggers,
    ...(webhook === undefined ? {} : { webhook }),
    feeds: json(d.feedsText, "feedsText", "The contract bricks it feeds", []),
    delivery: json(d.deliveryText, "deliveryText", "The delivery", {}),
  };
  return { manifest, errors };
}

const FIELD_OF: Record<string, string> = {
  source: "sourceText",
  codeHash: "sourceText",
  tags: "tagsText",
  inputs: "inputsText",
  secrets: "secretsText",
  hosts: "hostsText",
  hostsFromInputs: "hostsFromInputsText",
  limits: "limitsText",
  triggers: "triggers",
  webhook: "webhookText",
  feeds: "feedsText",
  delivery: "deliveryText",
};

/** Which box a function brick problem belongs to, from its JSON path ("$.secrets[0].name" → "secretsText"). */
export function functionProblemField(jsonPath: string, inSource = false): string {
  if (inSource) return "sourceText";
  const top = /^\$(?:\.([A-Za-z_$][\w$]*)|\["([^"]+)"\])?/.exec(jsonPath);
  const key = top?.[1] ?? top?.[2];
  if (!key || key === "formatVersion" || key === "kind" || key === "$schema") return "_";
  return FIELD_OF[key] ?? key;
}
