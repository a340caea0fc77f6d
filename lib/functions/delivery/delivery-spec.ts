// How a function's output becomes a contract call, declared like a brick manifest's settings action:
// the message on the target contract, a JSON Schema for the output (validated before anything is
// signed), and a mapping of each ABI argument from the same source kinds as constructor mappings
// ("field" = a property of the output, "const", "signer" = the automation account, "instance" =
// the target contract). The encoding is lib/bricks' encodeArgs, so bricks:check-style rules apply.
import { z } from "zod";
import { ZArgSource, type TManifest } from "@/lib/bricks/manifest-schema";

export const ZDeliverySpec = z.strictObject({
  message: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "use the message name as written in the contract's ABI"),
  output: z.record(z.string(), z.unknown()).default({ type: "object", properties: {} }),
  args: z.record(z.string(), ZArgSource).default({}),
});
export type TDeliverySpec = z.infer<typeof ZDeliverySpec>;

export const DELIVERY_ACTION = "deliver";

/** A manifest with one settings action: what encodeArgs / checkAbiMapping read. */
export function deliveryManifest(spec: TDeliverySpec): TManifest {
  return {
    formatVersion: 1,
    queries: [],
    slug: "function-delivery",
    name: "Function delivery",
    summary: "The call a function's output turns into.",
    description: "-",
    category: "functions",
    tags: [],
    version: "1.0.0",
    changelog: "",
    contract: "-",
    networks: [],
    config: { type: "object", properties: {} },
    constructor: { name: "new", args: {} },
    settings: [
      {
        id: DELIVERY_ACTION,
        label: "Deliver",
        description: "",
        message: spec.message,
        config: spec.output,
        args: spec.args,
      },
    ],
  };
}
