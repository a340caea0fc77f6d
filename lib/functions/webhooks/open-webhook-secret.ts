// The webhook secret of an instance, opened to check one call's signature. Never logged or returned.
import "server-only";
import { db } from "@/lib/db";
import { open } from "@/lib/functions/secrets/seal";
import { webhookAad } from "./webhook-aad";

export async function openWebhookSecret(instanceId: string): Promise<string | null> {
  const row = await db.functionWebhook.findUnique({ where: { instanceId } });
  return row ? open(row, webhookAad(instanceId)) : null;
}
