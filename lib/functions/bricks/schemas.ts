// What the configure page sends (test run and save), checked with zod at the edge; the inputs
// themselves are checked against the brick's own inputs schema afterwards (prepare-config.ts).
import { z } from "zod";
import { TRIGGER_CHOICES } from "./schedules";

const id = z.string().trim().min(1, "is required").max(64);

export const ZFunctionDraft = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "is not a brick name"),
  input: z.record(z.string(), z.unknown()),
  secrets: z.record(z.string().max(64), z.string().max(4096, "is too long (at most 4096 characters)")).default({}),
  targetId: id.describe("the contract that receives the value"),
});
export type TFunctionDraft = z.infer<typeof ZFunctionDraft>;

export const ZSaveFunction = ZFunctionDraft.extend({
  name: z.string().trim().min(1, "Give it a name").max(80, "at most 80 characters"),
  schedule: z.enum(TRIGGER_CHOICES as unknown as [string, ...string[]], "Pick when it runs"),
  /** With schedule "on-event": which contract (the target or one linked to it) and which of its events. */
  event: z
    .object({
      sourceId: id.describe("the contract whose event starts a run"),
      name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "Pick an event"),
    })
    .optional(),
});
export type TSaveFunction = z.infer<typeof ZSaveFunction>;

/** "Save changes" on the edit page: the configure form's fields, minus the brick and the target (kept). */
export const ZEditFunction = ZSaveFunction.omit({ slug: true, targetId: true }).extend({ instanceId: id });
export type TEditFunction = z.infer<typeof ZEditFunction>;

export const ZInstanceRef = z.object({ instanceId: id });
export const ZRunRef = z.object({ instanceId: id, runId: id });
export const ZSetEnabled = z.object({ instanceId: id, enabled: z.boolean() });
