"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { acceptInput } from "@/lib/http/accept-input";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import type { TCreateApiToken } from "@/lib/publishing/schemas";
import { runAction } from "@/lib/actions/run-action";
import { edgeTexts } from "@/lib/http/zod-edge";

export async function createApiTokenAction(input: TCreateApiToken) {
  return runAction(async () => {
    acceptInput(input);
    const result = await createApiToken({ actorId: (await requireUser()).id, teamId: input.teamId, name: input.name });
    revalidatePath("/teams", "layout");
    // The token is shown once, now; only its hash is stored.
    return { token: result.token, name: result.name };
  });
}

export async function revokeApiTokenAction(input: { teamId: string; tokenId: string }) {
  return runAction(async () => {
    const { teamId, tokenId } = edgeTexts(input, ["teamId", "tokenId"]);
    const result = await revokeApiToken({ actorId: (await requireUser()).id, teamId, tokenId });
    revalidatePath("/teams", "layout");
    return result;
  });
}
