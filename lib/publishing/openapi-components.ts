// The OpenAPI components, with request schemas generated from the very zod schemas the routes
// parse, so the document cannot drift from what the server accepts.
import { z } from "zod";
import { ZSubmitAttestation } from "@/lib/audits/schemas";
import { ZApiPublish, ZSubmitCodeUpload, ZVersionReason } from "./schemas";

const json = (schema: z.ZodType) => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  void _drop;
  return rest;
};

const ZError = z.object({
  error: z.object({
    code: z.enum([
      "BAD_INPUT",
      "NOT_FOUND",
      "FORBIDDEN",
      "UNAUTHENTICATED",
      "CONFLICT",
      "CHAIN_UNAVAILABLE",
      "INTERNAL",
    ]),
    message: z.string().describe("What went wrong and what to do, in plain words."),
    fields: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('Per field or JSON path, e.g. "$.constructor.args.total_supply" or "bundle:$.source.hash".'),
  }),
});

const ZPublished = z.object({
  outcome: z.enum(["created", "co-audited", "unchanged"]),
  slug: z.string(),
  version: z.string(),
  codeHash: z.string().describe("blake2-256 of the wasm, recomputed by Brickyard."),
  auditId: z.string().nullable(),
  reportHash: z.string().optional(),
  urls: z.object({
    brick: z.string(),
    sign: z.string().describe("Where the auditor signs the attestation with their wallet."),
    attestations: z.string(),
  }),
});

export function openApiComponents() {
  return {
    securitySchemes: {
      apiToken: {
        type: "http",
        scheme: "bearer",
        description:
          "A team API token (byd_…), created on the team's API tokens page. It acts as its creator; publishing needs the creator to be an auditor.",
      },
    },
    schemas: {
      PublishRequest: json(ZApiPublish),
      PublishResponse: json(ZPublished),
      VersionReason: json(ZVersionReason),
      Attestation: json(ZSubmitAttestation.extend({ auditId: z.string().optional() })),
      CodeUpload: json(ZSubmitCodeUpload),
      Error: json(ZError),
    },
    responses: Object.fromEntries(
      [
        ["BadInput", "The input is wrong; `fields` says where."],
        ["Unauthenticated", "No token, an unknown one, or a revoked one."],
        ["Forbidden", "The token's owner may not do this (e.g. is not an auditor)."],
        ["NotFound", "No such brick or version."],
        ["Conflict", "Refused by the versioning rules, e.g. the same version with other code."],
      ].map(([name, description]) => [
        name,
        { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
      ]),
    ),
  };
}
