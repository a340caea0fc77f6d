// Inputs of the sign-in routes, shared by the wallet UI and the server.
import { z } from "zod";
import { isSs58Address } from "@/lib/auth/address";

const ZAddress = z
  .string({ error: "Choose an account to sign in with." })
  .trim()
  .min(1, "Choose an account to sign in with.")
  .refine(isSs58Address, "This is not a valid Polkadot (SS58) address.");

export const ZSiwsMessageRequest = z.object({ address: ZAddress });
export type TSiwsMessageRequest = z.infer<typeof ZSiwsMessageRequest>;

export const ZSignInCredentials = z.object({
  address: ZAddress,
  message: z
    .string({ error: "The signed message is missing." })
    .min(1, "The signed message is missing.")
    .max(2000, "The signed message is too long."),
  signature: z
    .string({ error: "The signature is missing." })
    .regex(/^0x[0-9a-fA-F]{128,132}$/, "The signature is not a hex string of the right length."),
  // The account's name as the wallet shows it; display only.
  name: z
    .string()
    .trim()
    .max(64, "Account names are at most 64 characters.")
    .optional()
    .transform((s) => s || undefined),
});
export type TSignInCredentials = z.infer<typeof ZSignInCredentials>;
