// "Turn on the webhook" (or "New secret") on a function instance page: a fresh random HMAC secret,
// generated here, sealed under SECRETS_KEY like a function secret and shown ONCE to the team member
// who asked — only its existence and date are shown again. A new secret replaces the old one at
// once (calls signed with the old one are refused from then on). Operators only; logged.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/history/write-history";
import { operable } from "@/lib/functions/bricks/operate-function";
import { seal } from "@/lib/functions/secrets/seal";
import { webhookAad } from "./webhook-aad";
import { webhookTrigger } from "./webhook-trigger";

/** The path of an instance's webhook, below the app's origin. */
export const webhookPath = (instanceId: string) => `/api/functions/${instanceId}/webhook`;

export async function createWebhookSecret(opts: { actorId: string; instanceId: string }) {
  const inst = await operable(opts.actorId, opts.instanceId);
  const trigger = await webhookTrigger(inst.brickVersionId);
  if (!trigger.allowed)
    throw new AppError("BAD_INPUT", {
      userMessage: "This function does not take webhooks (its brick does not allow the webhook trigger).",
    });
  if (trigger.yanked)
    throw new AppError("CONFLICT", {
      userMessage: `This function's version was withdrawn (${trigger.yanked}); set up the current version instead.`,
    });
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  const sealed = seal(secret, webhookAad(inst.id));
  const existed = await db.$transaction(async (tx) => {
    const before = await tx.functionWebhook.findUnique({ where: { instanceId: inst.id }, select: { id: true } });
    await tx.functionWebhook.upsert({
      where: { instanceId: inst.id },
      create: { instanceId: inst.id, ...sealed, createdById: opts.actorId },
      update: { ...sealed, createdById: opts.actorId, createdAt: new Date() },
    });
    await writeAuditLog(tx, {
      actorId: opts.actorId,
      teamId: inst.teamId,
      action: before ? "function.webhook.rotate" : "function.webhook.create",
      target: `function:${inst.id}`,
    });
    return !!before;
  });
  return { secret, path: webhookPath(inst.id), replaced: existed };
}
