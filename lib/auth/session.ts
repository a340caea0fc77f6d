// Session helpers for server components, server actions and route handlers. Wrapped in React
// cache() so a page and its layout share one lookup per request. Checks made here are about who
// is asking; what they may touch is checked again inside each service's query.
import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { authOptions } from "@/lib/auth/options";
import type { AppSession, AppUser } from "@/lib/auth/to-app-session";

export type { AppSession, AppUser };

export const getSession = cache(async (): Promise<AppSession | null> => {
  let session: Partial<AppSession> | null;
  try {
    session = (await getServerSession(authOptions())) as Partial<AppSession> | null;
  } catch (error) {
    // Called outside a request (a script, a test calling a route handler directly): nobody is
    // signed in there. Anything else is a real failure.
    if (error instanceof Error && /outside a request scope/.test(error.message)) return null;
    throw error;
  }
  // The session callback (options.ts) answers without a user when the database row is gone.
  return session?.user?.id ? (session as AppSession) : null;
});

/** For actions and route handlers: the signed-in user, or a 401 AppError. */
export async function requireUser(): Promise<AppUser> {
  const session = await getSession();
  if (!session) throw new AppError("UNAUTHENTICATED", { userMessage: "Please sign in first." });
  return session.user;
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requirePageUser(returnTo: string): Promise<AppUser> {
  const session = await getSession();
  if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return session.user;
}
