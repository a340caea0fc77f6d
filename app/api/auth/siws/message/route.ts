// POST { address } → the sign-in message for that account, with a fresh single-use nonce.
// The wallet signs it; the credentials provider verifies it (lib/auth/options.ts).
import { appOrigin } from "@/lib/auth/app-origin";
import { toGenericAddress } from "@/lib/auth/address";
import { issueNonce } from "@/lib/auth/nonce-store";
import { jsonError, readJson } from "@/lib/auth/respond";
import { ZSiwsMessageRequest } from "@/lib/auth/schemas";
import { buildSiwsMessage, SIWS_STATEMENT } from "@/lib/auth/siws-message";
import { clientIp } from "@/lib/http/client-ip";
import { SIGN_IN_MAX_BODY_BYTES } from "@/lib/http/limits";
import { limitSignInMessages } from "@/lib/http/rate-limit";

export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  try {
    const ip = clientIp(req.headers);
    await limitSignInMessages({ ip });
    const { address } = ZSiwsMessageRequest.parse(await readJson(req, { maxBytes: SIGN_IN_MAX_BODY_BYTES }));
    const { domain, origin } = appOrigin(req.headers);
    const generic = toGenericAddress(address);
    await limitSignInMessages({ account: generic });
    const { nonce, issuedAt, expiresAt } = await issueNonce({ address: generic });
    const message = buildSiwsMessage({
      domain,
      address, // as the wallet shows it, so the person recognises it
      statement: SIWS_STATEMENT,
      uri: origin,
      version: "1",
      nonce,
      issuedAt: issuedAt.toISOString(),
      expirationTime: expiresAt.toISOString(),
    });
    return Response.json({ message, expiresAt: expiresAt.toISOString() }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return jsonError(error);
  }
}
