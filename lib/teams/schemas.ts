// One zod schema per team input, shared by the forms (zodResolver) and the services (parse again).
import { z } from "zod";
import { TEAM_ROLES } from "@/lib/auth/permissions";

const ZId = (what: string) =>
  z
    .string({ error: `${what} is missing.` })
    .trim()
    .min(1, `${what} is missing.`)
    .max(64, `${what} is not valid.`);

export const ZTeamName = z
  .string({ error: "Give the team a name." })
  .trim()
  .min(2, "Team names are at least 2 characters.")
  .max(60, "Team names are at most 60 characters.");

export const ZTeamRole = z.enum(TEAM_ROLES, { error: "Choose a role: owner, admin, deployer or viewer." });

export const ZCreateTeam = z.object({ name: ZTeamName });
export type TCreateTeam = z.infer<typeof ZCreateTeam>;

export const ZRenameTeam = z.object({ teamId: ZId("The team"), name: ZTeamName });
export type TRenameTeam = z.infer<typeof ZRenameTeam>;

export const ZCreateInvite = z.object({ teamId: ZId("The team"), role: ZTeamRole });
export type TCreateInvite = z.infer<typeof ZCreateInvite>;

export const ZRevokeInvite = z.object({ teamId: ZId("The team"), inviteId: ZId("The invite") });
export type TRevokeInvite = z.infer<typeof ZRevokeInvite>;

export const ZAcceptInvite = z.object({
  token: z
    .string({ error: "The invite link is incomplete." })
    .regex(/^[A-Za-z0-9_-]{32,64}$/, "The invite link is incomplete or mistyped."),
});
export type TAcceptInvite = z.infer<typeof ZAcceptInvite>;

export const ZChangeRole = z.object({ teamId: ZId("The team"), userId: ZId("The member"), role: ZTeamRole });
export type TChangeRole = z.infer<typeof ZChangeRole>;

export const ZRemoveMember = z.object({ teamId: ZId("The team"), userId: ZId("The member") });
export type TRemoveMember = z.infer<typeof ZRemoveMember>;

export const ZLeaveTeam = z.object({ teamId: ZId("The team") });
export type TLeaveTeam = z.infer<typeof ZLeaveTeam>;
