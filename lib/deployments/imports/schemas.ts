// The input of "import an existing contract": which team, which network, which address, and an
// optional name. One schema, shared by the form and the server (which parses again).
import { z } from "zod";
import { zText } from "@/lib/http/zod-edge";

export const ZImportContract = z.object({
  teamId: z.string().min(1).max(64),
  network: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Choose one of the networks listed."),
  address: zText().trim().min(1, "Paste the contract's address.").max(80, "That is too long to be a contract address."),
  name: zText().trim().max(60, "Keep the name under 60 characters.").optional(),
});
export type TImportContract = z.infer<typeof ZImportContract>;
