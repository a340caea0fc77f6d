// The next-auth route handler for app/api/auth/[...nextauth]/route.ts. Options are built on the
// first request, not at import, so `next build` never creates a session secret.
import "server-only";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type Ctx = { params: Promise<{ nextauth: string[] }> };

function handler(req: Request, ctx: Ctx): Promise<Response> {
  return NextAuth(req as never, ctx as never, authOptions());
}

export { handler as GET, handler as POST };
