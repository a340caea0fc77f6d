// The next-auth route handler for app/api/auth/[...nextauth]/route.ts. Options are built on the
// first request, not at import, so `next build` never creates a session secret. Sign-in attempts
// (the credentials callback) are rate limited per IP and per account before next-auth runs.
import "server-only";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { jsonError } from "@/lib/auth/respond";
import { clientIp } from "@/lib/http/client-ip";
import { readBodyBytes } from "@/lib/http/read-json-body";
import { limitSignInAttempts } from "@/lib/http/rate-limit";

type Ctx = { params: Promise<{ nextauth: string[] }> };

/** A sign-in form is a few short fields and a signature. */
const SIGN_IN_FORM_MAX_BYTES = 16 * 1024;

async function limitAttempt(req: Request): Promise<void> {
  await limitSignInAttempts({ ip: clientIp(req.headers) });
  const bytes = await readBodyBytes(req.clone(), SIGN_IN_FORM_MAX_BYTES);
  const address = new URLSearchParams(new TextDecoder().decode(bytes)).get("address")?.trim().slice(0, 100);
  if (address) await limitSignInAttempts({ account: address });
}

async function handler(req: Request, ctx: Ctx): Promise<Response> {
  const { nextauth } = await ctx.params;
  if (req.method === "POST" && nextauth?.[0] === "callback") {
    try {
      await limitAttempt(req);
    } catch (error) {
      return jsonError(error);
    }
  }
  return NextAuth(req as never, ctx as never, authOptions());
}

export { handler as GET, handler as POST };
