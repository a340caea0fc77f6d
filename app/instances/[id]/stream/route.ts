// Live progress of one deployment as Server-Sent Events: a message whenever its state changes
// (pushed by the tracker through the progress bus, with a database check every 2 s as a fallback
// when the tracker runs elsewhere), and the stream ends (event "done") once nothing is in flight.
import { requireUser } from "@/lib/auth/session";
import { errorBody, toAppError } from "@/lib/errors";
import { getInstanceProgress } from "@/lib/deployments/get-instance";
import { onProgress } from "@/lib/deployments/progress-bus";

export const dynamic = "force-dynamic";

const settled = (p: { status: string; txs: string }) =>
  (p.status === "failed" || p.status === "finalized") &&
  !/link:(draft|signed|in_block)|action:[\w-]+:(signed|in_block)/.test(p.txs);

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let actorId: string;
  try {
    actorId = (await requireUser()).id;
  } catch (error) {
    const e = toAppError(error);
    return Response.json(errorBody(e), { status: e.status });
  }
  const first = await getInstanceProgress({ actorId, id });
  if (!first) return Response.json({ error: { code: "NOT_FOUND", message: "No such instance." } }, { status: 404 });

  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    start(controller) {
      let last = "";
      let closed = false;
      const send = async () => {
        const p = await getInstanceProgress({ actorId, id }).catch(() => null);
        if (closed || !p) return;
        const text = JSON.stringify(p);
        if (text !== last) controller.enqueue(encoder.encode(`data: ${text}\n\n`));
        last = text;
        if (settled(p)) {
          controller.enqueue(encoder.encode("event: done\ndata: {}\n\n"));
          stop();
        }
      };
      const off = onProgress(id, () => void send());
      const timer = setInterval(() => void send(), 2_000);
      const stop = () => {
        if (closed) return;
        closed = true;
        off();
        clearInterval(timer);
        controller.close();
      };
      request.signal.addEventListener("abort", stop);
      void send();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
    },
  });
}
