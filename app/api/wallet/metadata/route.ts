// GET ?genesisHash=0x…[&network=slug] → the chain metadata a browser wallet needs to show what it signs (see
// lib/wallet/chain-metadata.ts). Public: it only describes a chain Brickyard already lists.
import { z } from "zod";
import { db } from "@/lib/db";
import { jsonError } from "@/lib/auth/respond";
import { chainMetadataFor } from "@/lib/wallet/chain-metadata";

export const dynamic = "force-dynamic";

const ZQuery = z.object({
  genesisHash: z.string().regex(/^0x[0-9a-f]{64}$/, "a 0x-prefixed 32-byte hex hash"),
  network: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/, "a network's short name")
    .optional(),
  specVersion: z.coerce
    .number()
    .int("a whole number")
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
});

export async function GET(req: Request) {
  try {
    // A ZodError becomes a 422 naming the field (lib/errors.ts).
    const params = new URL(req.url).searchParams;
    const { genesisHash, network, specVersion } = ZQuery.parse({
      genesisHash: params.get("genesisHash") ?? "",
      network: params.get("network") ?? undefined,
      specVersion: params.get("specVersion") ?? undefined,
    });
    return Response.json(await chainMetadataFor(db, genesisHash, network, specVersion), {
      headers: { "Cache-Control": "public, max-age=300" },
    });
  } catch (error) {
    return jsonError(error);
  }
}
