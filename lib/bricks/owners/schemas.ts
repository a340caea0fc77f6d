import { z } from "zod";
import { isSs58Address } from "@/lib/auth/address";

/** Transfer a brick to another auditor (by wallet address), optionally with one of their teams. */
export const ZTransferBrick = z.object({
  slug: z.string().trim().min(1, "Choose a brick.").max(64, "This is not a brick slug."),
  toAddress: z
    .string({ error: "Enter the new owner's wallet address." })
    .trim()
    .min(1, "Enter the new owner's wallet address.")
    .max(64, "This is not a wallet address.")
    .refine(isSs58Address, "This is not a valid Polkadot (SS58) address."),
  teamSlug: z
    .string()
    .trim()
    .max(64, "This is not a team.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
export type TTransferBrick = z.input<typeof ZTransferBrick>;
