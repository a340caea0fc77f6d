// GET ?genesisHash=0x… → the chain metadata a browser wallet needs to show what it signs (see
// lib/wallet/chain-metadata.ts). Public: it only describes a chain Brickyard already lists.
import { z } from "zod";
import { db } from "@/lib/db";
import { jsonError } from "@/lib/auth/respond";
import { chainMetadataFor } from "@/lib/wallet/chain-metadata";

export const dynamic = "force-dynamic";

const ZQuery = z.object({ genesisHash: z.string().regex(/^0x[0-9a-f]{64}$/, "a 0x-prefixed 32-byte hex hash") });

export async function GET(req: Request) {
  try {
    // A ZodError becomes a 422 naming the field (lib/errors.ts).
    const { genesisHash } = ZQuery.parse({ genesisHash: new URL(req.url).searchParams.get("genesisHash") ?? "" });
    return Response.json(await chainMetadataFor(db, genesisHash), { headers: { "Cache-Control": "public, max-age=300" } });
  } catch (error) {
    return jsonError(error);
  }
}
