// An instance as the edit page and "Save changes" start from it: the instance (operators of its team
// only: operable's query checks the role), the brick version it runs and the contract it feeds. Refuses
// an instance not set up from a function brick, or one whose version was withdrawn.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findFunctionTarget } from "@/lib/functions/bricks/find-function-target";
import { operable } from "@/lib/functions/bricks/operate-function";

export async function loadEditableFunction(actorId: string, instanceId: string) {
  const inst = await operable(actorId, instanceId);
  const [version, target] = await Promise.all([
    inst.brickVersionId
      ? db.brickVersion.findUnique({
          where: { id: inst.brickVersionId },
          select: { id: true, manifest: true, wasm: true, yankedAt: true },
        })
      : null,
    findFunctionTarget(inst.targetDeploymentId),
  ]);
  if (!version || !target)
    throw new AppError("CONFLICT", { userMessage: "Only functions set up from a function brick can be edited here." });
  if (version.yankedAt)
    throw new AppError("CONFLICT", {
      userMessage: "This function's version was withdrawn: set up the current version instead of editing it.",
    });
  return { inst, version, target };
}
