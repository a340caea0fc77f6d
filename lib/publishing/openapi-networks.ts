// The /api/v1/networks part of the OpenAPI document (platform admins), with request schemas
// generated from the zod schemas the routes parse.
import { z } from "zod";
import { ZAddNetwork, ZEditNetwork } from "@/lib/networks/schemas";

const json = (schema: z.ZodType) => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  void _drop;
  return rest;
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const err = (code: string, name: string) => ({ [code]: { $ref: `#/components/responses/${name}` } });
const common = { ...err("401", "Unauthenticated"), ...err("403", "Forbidden") };
const ok = (description: string) => ({ description, content: { "application/json": { schema: ref("Network") } } });
const slug = {
  name: "slug",
  in: "path",
  required: true,
  schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
};
const secured = { security: [{ apiToken: [] }], tags: ["networks"] };

export const networkSchemas = {
  AddNetwork: json(ZAddNetwork),
  EditNetwork: json(ZEditNetwork),
  Network: {
    type: "object",
    description:
      "A network as stored: what its last live check read (genesis, runtime, token, SS58 prefix, platform), admin settings, health.",
    properties: {
      slug: { type: "string" },
      name: { type: "string" },
      rpcUrl: { type: "string" },
      platform: { enum: ["contracts", "revive"] },
      genesisHash: { type: ["string", "null"] },
      chainName: { type: ["string", "null"] },
      enabled: { type: "boolean" },
      genesisChange: {
        description: "Set when a check found another genesis hash at the URL: deploys wait until an admin confirms.",
      },
      notes: {
        type: "array",
        items: { type: "string" },
        description: "E.g. which chain properties were missing and what is assumed.",
      },
    },
  },
};

export const networkPaths = {
  "/api/v1/networks": {
    get: {
      summary: "List networks with their health (platform admins)",
      ...secured,
      responses: { "200": { description: "{ networks: Network[] }" }, ...common },
    },
    post: {
      summary: "Add a network by its RPC URL (checked live; nothing is written when the check fails)",
      description:
        "Refusals name the cause in one sentence: unreachable, timed out, a plain web server, a TLS error, not a Substrate node, no smart-contract pallet.",
      ...secured,
      requestBody: { required: true, content: { "application/json": { schema: ref("AddNetwork") } } },
      responses: { "201": ok("Added."), ...common, ...err("409", "Conflict"), ...err("422", "BadInput") },
    },
  },
  "/api/v1/networks/{slug}": {
    get: {
      summary: "One network with its health now",
      ...secured,
      parameters: [slug],
      responses: { "200": ok("The network."), ...common, ...err("404", "NotFound") },
    },
    patch: {
      summary: "Edit name, protected / dev-chain flags, explorer link templates, faucet URL",
      ...secured,
      parameters: [slug],
      requestBody: { required: true, content: { "application/json": { schema: ref("EditNetwork") } } },
      responses: { "200": ok("Saved."), ...common, ...err("404", "NotFound"), ...err("422", "BadInput") },
    },
    delete: {
      summary: "Delete a network nothing was deployed to (otherwise 409: disable it)",
      ...secured,
      parameters: [slug],
      responses: {
        "204": { description: "Deleted." },
        ...common,
        ...err("404", "NotFound"),
        ...err("409", "Conflict"),
      },
    },
  },
  "/api/v1/networks/{slug}/check": {
    post: {
      summary: "Check the network again now",
      ...secured,
      parameters: [slug],
      responses: {
        "200": ok("Checked; genesisChanged says whether the chain was replaced."),
        ...common,
        ...err("404", "NotFound"),
        ...err("422", "BadInput"),
      },
    },
  },
  "/api/v1/networks/{slug}/disable": {
    post: {
      summary: "Disable (instances stay visible; no new deploys)",
      ...secured,
      parameters: [slug],
      responses: { "200": ok("Disabled."), ...common, ...err("404", "NotFound") },
    },
  },
  "/api/v1/networks/{slug}/enable": {
    post: {
      summary: "Enable again",
      ...secured,
      parameters: [slug],
      responses: { "200": ok("Enabled."), ...common, ...err("404", "NotFound") },
    },
  },
  "/api/v1/networks/{slug}/confirm-genesis": {
    post: {
      summary: "Accept the new genesis hash a check found; deploys are allowed again",
      ...secured,
      parameters: [slug],
      responses: { "200": ok("Confirmed."), ...common, ...err("404", "NotFound"), ...err("409", "Conflict") },
    },
  },
};
