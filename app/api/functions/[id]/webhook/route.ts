// POST: a signed webhook call for one function instance (lib/functions/webhooks/receive-webhook.ts).
// 202 when a run is queued; a plain JSON error otherwise (401 signature, 409 replay or paused, 413, 422).
import { jsonError } from "@/lib/auth/respond";
import { clientIp } from "@/lib/http/client-ip";
import { readBodyBytes } from "@/lib/http/read-json-body";
import { receiveWebhook } from "@/lib/functions/webhooks/receive-webhook";
import { WEBHOOK_MAX_BODY_BYTES } from "@/lib/functions/webhooks/sign-webhook";

export const dynamic = "force-dynamic";

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await ctx.params;
    const body = await readBodyBytes(req, WEBHOOK_MAX_BODY_BYTES);
    const accepted = await receiveWebhook({ instanceId: id, headers: req.headers, body, ip: clientIp(req.headers) });
    return Response.json({ accepted: true, run: "queued", jobId: accepted.jobId }, { status: 202 });
  } catch (error) {
    return jsonError(error);
  }
}
