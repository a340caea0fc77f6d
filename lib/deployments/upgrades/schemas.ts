// Input of the upgrade's first half (prepare), parsed again on the server. The second half (the
// wallet's signature) is a settings action's submit: the same ZSubmitAction.
import { z } from "zod";
import { ZIdempotencyKey } from "../schemas";

const id = z.string().min(1).max(64);

export const ZPrepareUpgrade = z.object({ deploymentId: id, targetVersionId: id, idempotencyKey: ZIdempotencyKey });
export type TPrepareUpgrade = z.infer<typeof ZPrepareUpgrade>;
