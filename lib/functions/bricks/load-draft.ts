// The pieces a configure request needs, with the permission checks in the queries: the published
// function brick (latest live version) and the target deployment, which must be one of the actor's
// teams' live deployments of a brick the function can feed.
import "server-only";
import { AppError } from "@/lib/errors";
import { getFunctionBrick } from "./get-function-brick";
import { listFeedTargets } from "./list-feed-targets";
import type { TFunctionDraft } from "./schemas";

export async function loadDraft(actorId: string, draft: Pick<TFunctionDraft, "slug" | "targetId">) {
  const brick = await getFunctionBrick(draft.slug);
  if (!brick)
    throw new AppError("NOT_FOUND", {
      userMessage: `There is no function brick "${draft.slug}" (or it was withdrawn).`,
    });
  const [target] = await listFeedTargets({
    actorId,
    feeds: brick.manifest.feeds.map((f) => f.brick),
    deploymentId: draft.targetId,
  });
  if (!target) {
    const message = `Pick one of your team's live ${brick.manifest.feeds.map((f) => f.brick).join(" or ")} contracts`;
    throw new AppError("BAD_INPUT", { userMessage: message, fields: { targetId: [message] } });
  }
  return { brick, target };
}
