// Inputs of settings actions, parsed again on the server (the answers themselves are checked against
// the action's own config schema by encodeArgs).
import { z } from "zod";
import { ZIdempotencyKey, ZSignature } from "../schemas";

const id = z.string().min(1).max(64);

export const ZPrepareAction = z.object({
  deploymentId: id,
  action: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Unknown settings action."),
  answers: z.record(z.string(), z.unknown()),
  idempotencyKey: ZIdempotencyKey,
});
export type TPrepareAction = z.infer<typeof ZPrepareAction>;

export const ZSubmitAction = z.object({ deploymentId: id, idempotencyKey: ZIdempotencyKey, signature: ZSignature });
