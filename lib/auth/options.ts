// next-auth configuration. Session strategy, and why:
// next-auth v4 only allows the credentials provider (our wallet signature) with the "jwt" strategy.
// We want what database sessions give — sign-out and revocation that really end a session — so the
// JWT carries nothing but an opaque session id (sid) plus display data, and every read checks that
// id against the Session table (session callback). Deleting the row (sign-out, an admin revoking)
// ends the session on the next request, even if someone kept a copy of the cookie.
import "server-only";
import type { NextAuthOptions, Session } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { appOrigin } from "@/lib/auth/app-origin";
import { consumeNonce } from "@/lib/auth/nonce-store";
import { ZSignInCredentials } from "@/lib/auth/schemas";
import { authSecret } from "@/lib/auth/secret";
import { SESSION_MAX_AGE_S, upsertWalletUser } from "@/lib/auth/upsert-wallet-user";
import { verifySignIn } from "@/lib/auth/verify-sign-in";
import { toAppSession } from "@/lib/auth/to-app-session";

async function authorize(raw: Record<string, string> | undefined, req: { headers?: Record<string, string> }) {
  const parsed = ZSignInCredentials.safeParse(raw ?? {});
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "The sign-in request is incomplete.");
  try {
    const verified = await verifySignIn(parsed.data, { ...appOrigin(req.headers ?? {}), consumeNonce });
    const user = await upsertWalletUser({ verified, walletName: parsed.data.name });
    return { id: user.id, name: user.name, sid: user.sid, address: verified.address, accountId: verified.accountId };
  } catch (error) {
    // next-auth passes the message to the sign-in page; never a stack or an internal detail.
    if (error instanceof AppError) throw new Error(error.userMessage);
    console.error("wallet sign-in failed", error);
    throw new Error("Sign-in failed on our side. Please try again.");
  }
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  // Embedded setup without NEXTAUTH_URL: let next-auth use the request's host (any port), as the
  // sign-in message does (app-origin.ts). With NEXTAUTH_URL set, that URL is used everywhere.
  if (!env().NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";
  cached = {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "polkadot",
        name: "Polkadot wallet",
        credentials: { address: {}, message: {}, signature: {}, name: {} },
        authorize: (raw, req) => authorize(raw, req as { headers?: Record<string, string> }),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const u = user as unknown as { id: string; sid: string; address: string; accountId: string };
          Object.assign(token, { sid: u.sid, uid: u.id, address: u.address, accountId: u.accountId });
        }
        return token;
      },
      async session({ session, token }) {
        const row =
          typeof token.sid === "string"
            ? await db.session.findUnique({ where: { sessionToken: token.sid }, include: { user: true } })
            : null;
        // No row (signed out or revoked) or expired: answer "no user", i.e. signed out.
        if (!row || row.expires <= new Date()) return { expires: session.expires } as Session;
        const account = { address: String(token.address ?? ""), accountId: String(token.accountId ?? "") };
        return toAppSession(row, account, session.expires) as unknown as Session;
      },
      redirect({ url, baseUrl }) {
        // Only ever back into this site.
        if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
        return url.startsWith(`${baseUrl}/`) || url === baseUrl ? url : baseUrl;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await db.session.deleteMany({ where: { sessionToken: token.sid } });
      },
    },
  };
  return cached;
}
