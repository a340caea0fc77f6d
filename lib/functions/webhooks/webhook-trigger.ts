// Whether an instance takes webhooks, and the schema its bodies must meet: the function brick it
// was configured from says so (triggers and `webhook.body` of function-brick.json). An instance made
// by code, without a brick, takes any JSON body.
import "server-only";
import { db } from "@/lib/db";
import type { JsonSchema } from "@/lib/bricks/json-schema";
import { fromVersion } from "@/lib/functions/bricks/get-function-brick";

export type TWebhookTrigger =
  { allowed: false } | { allowed: true; bodySchema: JsonSchema | null; example: unknown; yanked: string | null };

export async function webhookTrigger(brickVersionId: string | null): Promise<TWebhookTrigger> {
  if (!brickVersionId) return { allowed: true, bodySchema: null, example: undefined, yanked: null };
  const v = await db.brickVersion.findUnique({
    where: { id: brickVersionId },
    select: { id: true, manifest: true, wasm: true, yankedAt: true, yankedReason: true },
  });
  if (!v) return { allowed: false };
  const { manifest } = fromVersion(v);
  if (!manifest.triggers.includes("webhook")) return { allowed: false };
  return {
    allowed: true,
    bodySchema: (manifest.webhook?.body as JsonSchema | undefined) ?? null,
    example: manifest.webhook?.example,
    yanked: v.yankedAt ? (v.yankedReason ?? "withdrawn") : null,
  };
}
