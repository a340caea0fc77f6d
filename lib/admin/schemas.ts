import { z } from "zod";

export const ZSetAuditor = z.object({
  userId: z.string({ error: "Choose a user." }).trim().min(1, "Choose a user.").max(64, "This user id is not valid."),
});
export type TSetAuditor = z.infer<typeof ZSetAuditor>;
