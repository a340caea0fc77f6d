// The function brick manifest (bricks/<slug>/function-brick.json, format v1): an audited off-chain
// function — its JavaScript source and code hash, the form of its inputs, the secrets it needs, where
// it may connect, its limits and triggers, and how its output becomes a call on a contract brick.
import { z } from "zod";
import { ZDeliverySpec } from "@/lib/functions/delivery/delivery-spec";
import { ZLimits } from "@/lib/functions/sandbox/limits";

const kebab = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case words joined by dashes, e.g. api-price-feed");
const ident = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "use letters, digits and _ (as written in the function)");

export const FUNCTION_TRIGGERS = ["schedule", "manual", "webhook", "event"] as const;

export const ZFunctionSecret = z.strictObject({
  // The same names the secrets store accepts (lib/functions/secrets/save-secret.ts).
  name: z.string().regex(/^[A-Z_][A-Z0-9_]{0,63}$/, "use capital letters, digits and _ (e.g. API_KEY)"),
  /** Plain words: what the function uses it for. */
  purpose: z.string().min(5),
  /** Plain words: where the builder gets it (a sign-up page, a dashboard…). */
  whereToGet: z.string().min(5),
  required: z.boolean().default(false),
});

export const ZFunctionBrickManifest = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(1).default(1),
  kind: z.literal("function"),
  slug: kebab,
  name: z.string().min(2).max(60),
  summary: z.string().min(10).max(200),
  /** Markdown; or the name of a Markdown file beside the manifest, e.g. "README.md". */
  description: z.union([z.string().min(1), z.strictObject({ file: z.string().min(1) })]),
  category: kebab,
  tags: z.array(kebab).max(12).default([]),
  version: z.string().min(1),
  changelog: z.string().default(""),
  /** The JavaScript source file, relative to the brick folder. */
  source: z.string().min(1),
  /** "0x" + sha-256 of the source text: what receipts name and the attestation covers. */
  codeHash: z.string().regex(/^0x[0-9a-f]{64}$/, "write the sha-256 of the source as 0x + 64 lower-case hex digits"),
  /** JSON Schema 2020-12 (object) of the inputs: the same form and validation as contract bricks. */
  inputs: z.record(z.string(), z.unknown()),
  secrets: z.array(ZFunctionSecret).max(10).default([]),
  /** Hosts the function may reach, fixed by the author. */
  hosts: z.array(z.string().min(1)).max(20).default([]),
  /** Inputs holding a URL whose host the builder allows by filling in the form (shown to them). */
  hostsFromInputs: z.array(z.string().min(1)).max(5).default([]),
  limits: ZLimits.default({}),
  triggers: z.array(z.enum(FUNCTION_TRIGGERS)).min(1, 'allow at least one trigger, e.g. "manual"').default(["manual"]),
  /**
   * With the "webhook" trigger: the JSON Schema every incoming body must meet (checked before a run
   * is queued; a body that does not fit is refused naming the field) and an example body, used by
   * test runs. The body reaches the function as `input.webhook`.
   */
  webhook: z
    .strictObject({
      body: z.record(z.string(), z.unknown()),
      example: z.unknown().optional(),
    })
    .optional(),
  /**
   * With the "event" trigger: whose finalized events may start a run ("target": the contract the
   * function feeds; "linked": a contract linked to it) and the events the form suggests first. The
   * decoded event reaches the function as `input.event`.
   */
  event: z
    .strictObject({
      sources: z.array(z.enum(["target", "linked"])).min(1).default(["target", "linked"]),
      suggested: z.array(ident).max(10).default([]),
    })
    .optional(),
  /** Contract bricks the output can be delivered to, and the messages the target must answer. */
  feeds: z
    .array(z.strictObject({ brick: kebab, requiredMessages: z.array(ident).default([]) }))
    .min(1, "name at least one contract brick the function can feed"),
  /** Output → a message of the target contract (the same argument sources as constructor mappings). */
  delivery: ZDeliverySpec,
});
export type TFunctionBrickManifest = z.infer<typeof ZFunctionBrickManifest>;

export const FUNCTION_MANIFEST_FILE = "function-brick.json";
