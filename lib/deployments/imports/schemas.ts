// The input of "import an existing contract": which team, which network, which address, and an
// optional name; for a contract no brick publishes, its metadata file's text (a watched contract). One schema, shared by the form and the server (which parses again).
import { z } from "zod";
import { zText } from "@/lib/http/zod-edge";

export const ZImportContract = z.object({
  teamId: z.string().min(1).max(64),
  network: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Choose one of the networks listed."),
  address: zText().trim().min(1, "Paste the contract's address.").max(80, "That is too long to be a contract address."),
  name: zText().trim().max(60, "Keep the name under 60 characters.").optional(),
  abi: zText()
    .max(1024 * 1024, "The metadata file is over 1 MB: choose the .json metadata rather than the .contract file.")
    .optional(),
});
export type TImportContract = z.infer<typeof ZImportContract>;
