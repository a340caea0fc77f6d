// Download of an instance's configuration (brickyard-config/1 JSON), to deploy it again elsewhere.
import { requireUser } from "@/lib/auth/session";
import { errorBody, toAppError } from "@/lib/errors";
import { exportConfig } from "@/lib/deployments/configs/export-config";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const exported = await exportConfig({ actorId: (await requireUser()).id, id });
    const file = `${exported.brick}-${exported.name.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 40)}.json`;
    return new Response(JSON.stringify(exported, null, 2), {
      headers: { "Content-Type": "application/json", "Content-Disposition": `attachment; filename="${file}"` },
    });
  } catch (error) {
    const e = toAppError(error);
    return Response.json(errorBody(e), { status: e.status });
  }
}
