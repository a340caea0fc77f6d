// The brick manifest (bricks/<slug>/brick.json), format v1. The same schema validates seeded bricks,
// auditor uploads through the UI and the publish API.
import { z } from "zod";

const kebabRe = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const identRe = /^[A-Za-z_][A-Za-z0-9_]*$/;
// The messages are what brick authors read in `npm run bricks:check`: say what to write.
const kebab = z.string().regex(kebabRe, "use lower-case words joined by dashes, e.g. payment-splitter");
const ident = z.string().regex(identRe, "use the name as written in the contract's ABI (letters, digits and _)");

/** Where an ABI argument's value comes from. */
export const ZArgSource = z.discriminatedUnion("kind", [
  // A form field by its name in the config schema; `pick` maps an array of objects to one property.
  z.strictObject({ kind: z.literal("field"), field: z.string().min(1), pick: z.string().min(1).optional() }),
  z.strictObject({ kind: z.literal("const"), value: z.unknown() }),
  // The account that signs the deploy.
  z.strictObject({ kind: z.literal("signer") }),
  // The address of the instance being created (link step and settings actions only).
  z.strictObject({ kind: z.literal("instance") }),
  // The user's own contract chosen in the link field.
  z.strictObject({ kind: z.literal("linked") }),
]);
export type TArgSource = z.infer<typeof ZArgSource>;

const ZArgMapping = z.record(ident, ZArgSource);

export const ZLinkStep = z.strictObject({
  /** The config field holding the user's contract address (format "contract-address"). */
  field: z.string().min(1),
  /** Messages the user's contract must answer (checked by dry-run query before deploying). */
  requiredMessages: z.array(ident).default([]),
  /** A message that records the link after deploy, and whether it is called on the new instance or on the linked contract. */
  record: z
    .strictObject({
      on: z.enum(["instance", "linked"]),
      message: ident,
      args: ZArgMapping.default({}),
    })
    .optional(),
  /** A read-only query that proves the link on chain: its result must equal the given source. */
  verify: z
    .strictObject({
      on: z.enum(["instance", "linked"]),
      message: ident,
      args: ZArgMapping.default({}),
      equals: ZArgSource,
    })
    .optional(),
  /** Plain words for the builder: what linking does. */
  explain: z.string().min(1),
  /**
   * Solidity bricks: the functions (and errors) the user's contract must have, as Solidity
   * signatures ("function feed() view returns (address)"), since Brickyard does not know that
   * contract's ABI. The link calls on it and the live check are encoded from these.
   */
  interface: z.array(z.string().min(1).max(500)).min(1).max(64).optional(),
});
export type TLinkStep = z.infer<typeof ZLinkStep>;

export const ZSettingsAction = z.strictObject({
  id: kebab,
  label: z.string().min(1),
  description: z.string().default(""),
  message: ident,
  /** JSON Schema 2020-12 for this action's small form. */
  config: z.record(z.string(), z.unknown()).default({ type: "object", properties: {} }),
  args: ZArgMapping.default({}),
});

/** Where a read-only view takes its number of decimals or its symbol from. */
export const ZValueRef = z.union([
  z.strictObject({ config: z.string().min(1) }), // an answer given at deploy time, e.g. "decimals"
  z.strictObject({ query: kebab }), // another query's value, e.g. the token's own decimals()
  z.strictObject({ value: z.union([z.string(), z.number()]) }),
]);
export type TValueRef = z.infer<typeof ZValueRef>;

/** A read-only view the instance page shows: a query message of the contract, its value formatted. */
export const ZQuery = z.strictObject({
  id: kebab,
  label: z.string().min(1),
  description: z.string().default(""),
  message: ident,
  /** Only const / signer (the person looking) / instance / linked sources: views have no form. */
  args: ZArgMapping.default({}),
  /** Which element of a tuple answer to show (0-based), e.g. the value of (value, round, time). */
  pick: z.number().int().min(0).optional(),
  format: z.enum(["text", "number", "bool", "address", "token-amount", "timestamp"]).default("text"),
  decimals: ZValueRef.optional(),
  symbol: ZValueRef.optional(),
});
export type TQuery = z.infer<typeof ZQuery>;

export const ZManifest = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(1).default(1),
  slug: kebab,
  name: z.string().min(2).max(60),
  summary: z.string().min(10).max(200),
  /** Markdown; or the name of a Markdown file beside brick.json, e.g. "README.md". */
  description: z.union([z.string().min(1), z.strictObject({ file: z.string().min(1) })]),
  category: kebab,
  tags: z.array(kebab).max(12).default([]),
  version: z.string().min(1), // semver, checked by the loader with `semver`
  changelog: z.string().default(""),
  /** Path of the ink! `.contract` bundle, relative to the brick folder. */
  contract: z.string().min(1),
  /** Network slugs this version may be deployed to; empty = every non-protected network. */
  networks: z.array(kebab).default([]),
  /** JSON Schema 2020-12 (object) describing the form. */
  config: z.record(z.string(), z.unknown()),
  constructor: z.strictObject({ name: ident, args: ZArgMapping }),
  link: ZLinkStep.optional(),
  settings: z.array(ZSettingsAction).default([]),
  /** Upgrade support: the message that replaces the code in place (ink!'s set_code_hash) and its hash argument. */
  upgrade: z.strictObject({ message: ident, codeHashArg: ident }).optional(),
  /** Read-only views shown on the instance page (format in lib/bricks/FORMAT.md). */
  queries: z.array(ZQuery).default([]),
});
export type TManifest = z.infer<typeof ZManifest>;
