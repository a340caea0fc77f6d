// GET ?name=value… or POST { name: value… }: a function's query answer (lib/functions/queries),
// from the sandbox and the function's stored state, without touching the chain. JSON either way.
import { jsonError } from "@/lib/auth/respond";
import { clientIp } from "@/lib/http/client-ip";
import { readJsonBody } from "@/lib/http/read-json-body";
import { answerQuery } from "@/lib/functions/queries/answer-query";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

async function answer(req: Request, ctx: Ctx, params: () => Promise<unknown>): Promise<Response> {
  try {
    const { id } = await ctx.params;
    const result = await answerQuery({
      instanceId: id,
      authorization: req.headers.get("authorization"),
      params: await params(),
      ip: clientIp(req.headers),
    });
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return jsonError(error);
  }
}

export function GET(req: Request, ctx: Ctx) {
  return answer(req, ctx, async () => Object.fromEntries(new URL(req.url).searchParams));
}

export function POST(req: Request, ctx: Ctx) {
  return answer(req, ctx, async () => (await readJsonBody(req, { maxBytes: 16 * 1024 })) ?? {});
}
