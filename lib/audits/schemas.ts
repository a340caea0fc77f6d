// One zod schema per audit input, shared by the publish form (zodResolver), the server actions,
// the REST API and the OpenAPI document. Browser-safe.
import { z } from "zod";

export const FINDING_SEVERITIES = ["critical", "high", "medium", "low", "info"] as const;
export const FINDING_STATUSES = ["fixed", "acknowledged", "open"] as const;

export const ZFinding = z.object({
  title: z
    .string({ error: "Give the finding a title." })
    .trim()
    .min(3, "A finding's title is at least 3 characters.")
    .max(200, "Keep a finding's title under 200 characters."),
  severity: z.enum(FINDING_SEVERITIES, { error: "Choose a severity: critical, high, medium, low or info." }),
  status: z.enum(FINDING_STATUSES, { error: "Choose a status: fixed, acknowledged or open." }),
});
export type TFinding = z.infer<typeof ZFinding>;

export const ZAuditReport = z.object({
  markdown: z
    .string({ error: "Write the audit report." })
    .min(20, "Write the audit report (at least 20 characters): what was reviewed, how, and the conclusion.")
    .max(200_000, "The report is longer than 200,000 characters; link to long appendices instead."),
  scope: z.string().trim().max(500, "Keep the scope under 500 characters.").default(""),
  findings: z.array(ZFinding).max(200, "At most 200 findings per report.").default([]),
});
export type TAuditReport = z.infer<typeof ZAuditReport>;
export type TAuditReportInput = z.input<typeof ZAuditReport>;

const hash = (what: string) => z.string().regex(/^0x[0-9a-f]{64}$/, `${what} must be 0x and 64 lower-case hex digits.`);

/** The five fields an attestation signs. */
export const ZAttestationFields = z.object({
  brick: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "The brick must be its slug (lower-case words joined by dashes)."),
  version: z.string().min(5, "The version must be a semantic version such as 1.0.0.").max(64),
  codeHash: hash("The code hash"),
  reportHash: hash("The report hash"),
  issuedAt: z
    .string()
    .refine(
      (s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString() === s,
      "The date must be ISO 8601 in UTC with milliseconds, e.g. 2026-11-21T10:00:00.000Z.",
    ),
});
export type TAttestationFields = z.infer<typeof ZAttestationFields>;

/** What a signer submits: the audit, who signed, when, and the wallet's signature. */
export const ZSubmitAttestation = z.object({
  signer: z
    .string({ error: "Say which account signed." })
    .trim()
    .min(40, "The signer must be an SS58 address.")
    .max(60, "The signer must be an SS58 address."),
  issuedAt: ZAttestationFields.shape.issuedAt,
  signature: z
    .string({ error: "The signature is missing." })
    .regex(/^0x[0-9a-fA-F]{128,132}$/, "The signature must be 0x-prefixed hex from the wallet (64 or 65 bytes)."),
});
export type TSubmitAttestation = z.infer<typeof ZSubmitAttestation>;
