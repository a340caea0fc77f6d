// The OpenAPI 3.1 document of the publishing API, served at GET /api/v1/openapi.json.
import { openApiComponents } from "./openapi-components";
import { networkPaths, networkSchemas } from "./openapi-networks";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const body = (name: string) => ({ required: true, content: { "application/json": { schema: ref(name) } } });
const errors = (...names: string[]) =>
  Object.fromEntries(
    names.map((n) => [
      { BadInput: "422", Unauthenticated: "401", Forbidden: "403", NotFound: "404", Conflict: "409" }[n]!,
      { $ref: `#/components/responses/${n}` },
    ]),
  );
const ok = (description: string, schema: object = { type: "object" }) => ({
  description,
  content: { "application/json": { schema } },
});
const slug = {
  name: "slug",
  in: "path",
  required: true,
  schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
};
const version = { name: "version", in: "path", required: true, schema: { type: "string" }, example: "1.0.0" };
const secured = { security: [{ apiToken: [] }] };

export function openApiDocument(serverUrl?: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Brickyard publishing API",
      version: "1.0.0",
      description:
        "Publish audited brick versions from CI. A version is published with its audit report; the attestation is signed afterwards by the auditor's wallet in the web UI " +
        "(or sent pre-signed to the attestations endpoint). Code uploads take a contracts.uploadCode extrinsic signed by the caller: Brickyard never holds keys.",
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths: {
      "/api/v1/bricks/{slug}/versions": {
        get: {
          summary: "List a brick's versions",
          parameters: [slug],
          responses: { "200": ok("Newest first."), ...errors("NotFound") },
        },
        post: {
          summary: "Publish a version with its audit report",
          description:
            "Runs the same static checks as `npm run bricks:check`; the new version must be greater than every published one. The same version with the same code answers 200 `unchanged`.",
          ...secured,
          parameters: [slug],
          requestBody: body("PublishRequest"),
          responses: {
            "201": ok("Published.", ref("PublishResponse")),
            "200": ok("Already published with this code; nothing changed.", ref("PublishResponse")),
            ...errors("BadInput", "Unauthenticated", "Forbidden", "Conflict"),
          },
        },
      },
      "/api/v1/bricks/{slug}/versions/{version}/deprecate": {
        post: {
          summary: "Deprecate a version (deploys warn)",
          ...secured,
          parameters: [slug, version],
          requestBody: body("VersionReason"),
          responses: {
            "200": ok("Deprecated."),
            ...errors("BadInput", "Unauthenticated", "Forbidden", "NotFound", "Conflict"),
          },
        },
      },
      "/api/v1/bricks/{slug}/versions/{version}/yank": {
        post: {
          summary: "Yank a version (no new deploys)",
          ...secured,
          parameters: [slug, version],
          requestBody: body("VersionReason"),
          responses: {
            "200": ok("Yanked."),
            ...errors("BadInput", "Unauthenticated", "Forbidden", "NotFound", "Conflict"),
          },
        },
      },
      "/api/v1/bricks/{slug}/versions/{version}/attestations": {
        post: {
          summary: "Submit a pre-signed attestation",
          description:
            "The signature is over the canonical attestation text (lib/audits/ATTESTATION.md), signed by one of the auditor's own accounts.",
          ...secured,
          parameters: [slug, version],
          requestBody: body("Attestation"),
          responses: {
            "201": ok("Verified and stored."),
            ...errors("BadInput", "Unauthenticated", "Forbidden", "NotFound"),
          },
        },
      },
      "/api/v1/bricks/{slug}/versions/{version}/code-uploads": {
        post: {
          summary: "Upload the version's code to a network (pre-signed extrinsic)",
          ...secured,
          parameters: [slug, version],
          requestBody: body("CodeUpload"),
          responses: {
            "201": ok("In a block and recorded."),
            ...errors("BadInput", "Unauthenticated", "Forbidden", "NotFound"),
          },
        },
      },
      "/api/bricks/{slug}/versions/{version}/attestations": {
        get: {
          summary: "Public: everything needed to verify the version's attestations",
          parameters: [slug, version],
          responses: {
            "200": ok("Audits, reports, signed texts, signatures, keys, verification results."),
            ...errors("NotFound"),
          },
        },
      },
      "/api/bricks/{slug}/versions/{version}/wasm": {
        get: {
          summary: "Public: the version's wasm",
          parameters: [slug, version],
          responses: { "200": { description: "application/wasm; X-Code-Hash header." }, ...errors("NotFound") },
        },
      },
      ...networkPaths,
    },
    components: { ...openApiComponents(), schemas: { ...openApiComponents().schemas, ...networkSchemas } },
  };
}
