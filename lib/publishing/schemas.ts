// One zod schema per publishing input, shared by the publish form (zodResolver), the server
// actions, the REST API and its OpenAPI document. The manifest's own rules are not repeated here:
// checkBrick (the same checks as `npm run bricks:check`) judges the assembled manifest, so authors
// see one message per problem wherever they publish from. Browser-safe.
import { z } from "zod";
import { ZAuditReport } from "@/lib/audits/schemas";
import { LISTING_CHECK_SHAPE, loose } from "./draft-listing";

const text = (message: string) => z.string({ error: message }).trim().min(1, message);

export const ARG_SOURCE_KINDS = ["field", "const", "signer"] as const;

/** One constructor argument in the mapping editor. */
export const ZConstructorArg = z.object({
  arg: z.string(),
  kind: z.enum(ARG_SOURCE_KINDS, { error: "Choose where the value comes from." }),
  field: z.string(),
  pick: z.string(),
  /** A constant as JSON (1000, "text", true); text that is not JSON counts as a string. */
  value: z.string(),
});
export type TConstructorArg = z.infer<typeof ZConstructorArg>;

/** The publish form: a manifest in editable pieces, the uploaded bundle, and the audit report. */
export const ZPublishDraft = z.object({
  bundleName: z.string(),
  bundleText: text("Upload the contract's .contract bundle (the file cargo-contract writes)."),
  slug: text("Give the brick a slug, e.g. payment-splitter."),
  name: text("Give the brick a name."),
  summary: text("Write a one-sentence summary."),
  description: text("Describe the brick for builders (Markdown)."),
  category: text("Choose a category, e.g. tokens."),
  tagsText: z.string(),
  version: text("Give the version, e.g. 1.0.0."),
  changelog: z.string(),
  networksText: z.string(),
  configText: text("Write the config schema (JSON Schema): it becomes the builders' form."),
  constructorName: text("Choose the constructor that creates instances."),
  constructorArgs: z.array(ZConstructorArg),
  linkText: z.string(),
  settingsText: z.string(),
  report: ZAuditReport,
});
export type TPublishDraft = z.input<typeof ZPublishDraft>;

/** The live check takes a draft as it is while typing: anything missing is checkBrick's to report. */
export const ZCheckDraft = z.object({
  bundleName: loose,
  bundleText: loose,
  ...LISTING_CHECK_SHAPE,
  networksText: loose,
  configText: loose,
  constructorName: loose,
  constructorArgs: z.array(ZConstructorArg).max(64),
  linkText: loose,
  settingsText: loose,
});
export type TCheckDraft = z.input<typeof ZCheckDraft>;

/** POST /api/v1/bricks/{slug}/versions: brick.json (description inline), the bundle, the report. */
export const ZApiPublish = z.object({
  manifest: z.record(z.string(), z.unknown(), { error: "Send the manifest (brick.json) as a JSON object." }),
  bundle: z.union([z.string(), z.record(z.string(), z.unknown())], {
    error: "Send the .contract bundle, as a JSON object or its text.",
  }),
  bundleName: z.string().max(200).optional(),
  report: ZAuditReport,
});
export type TApiPublish = z.input<typeof ZApiPublish>;

export const ZVersionReason = z.object({
  reason: z
    .string({ error: "Give a reason builders will read." })
    .trim()
    .min(10, "Give a reason builders will read (at least 10 characters).")
    .max(500, "Keep the reason under 500 characters."),
});
export type TVersionReason = z.infer<typeof ZVersionReason>;

export const ZCreateApiToken = z.object({
  teamId: text("The team is missing."),
  name: z
    .string({ error: "Name the token." })
    .trim()
    .min(2, 'Name the token (at least 2 characters), e.g. "GitHub Actions".')
    .max(60, "Keep the name under 60 characters."),
});
export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;

export const ZRecordCodeUpload = z.object({
  network: text("Choose a network."),
  extrinsicHash: z
    .string()
    .regex(/^0x[0-9a-fA-F]{64}$/, "The extrinsic hash must be 0x and 64 hex digits.")
    .optional(),
  blockHash: z
    .string()
    .regex(/^0x[0-9a-fA-F]{64}$/, "The block hash must be 0x and 64 hex digits.")
    .optional(),
});

export const ZSubmitCodeUpload = z.object({
  network: text("Name the network (its slug)."),
  signedExtrinsic: z
    .string({ error: "Send the signed contracts.uploadCode extrinsic as hex." })
    .regex(/^0x([0-9a-fA-F]{2})+$/, "Send the signed contracts.uploadCode extrinsic as 0x-prefixed hex."),
});
