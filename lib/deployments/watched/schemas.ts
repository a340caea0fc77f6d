// Input of "ask a read-only message" (a watched contract's message with arguments): which
// instance, which message (its action id), and the answers of its small form, checked again by the
// codec against the form's schema.
import { z } from "zod";

export const ZAskMessage = z.object({
  deploymentId: z.string().min(1).max(64),
  action: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Unknown message."),
  answers: z.record(z.string(), z.unknown()),
});
