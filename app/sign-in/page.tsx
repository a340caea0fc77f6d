import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth/session";
import { SignInLoader } from "@/app/sign-in/_components/sign-in-loader";
import { db } from "@/lib/db";

/** "Use this brick" sends people here with the deploy page as callbackUrl: say so, by the brick's name. */
async function whereNext(callbackUrl: string): Promise<string | null> {
  const m = /^\/bricks\/([a-z0-9-]{1,64})(\/deploy)?(\?|$)/.exec(callbackUrl);
  if (!m) return null;
  const brick = await db.brick.findUnique({ where: { slug: m[1] }, select: { name: true } });
  if (!brick) return null;
  return m[2]
    ? `Sign in to use ${brick.name}. You will come straight back to its deploy form.`
    : `After signing in you will come back to ${brick.name}.`;
}

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

// Only paths inside this site: a crafted link must not bounce a fresh session elsewhere.
function safeReturn(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") ? v : "/teams";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeReturn(params.callbackUrl);
  if (await getSession()) redirect(callbackUrl);
  const error = typeof params.error === "string" && params.error !== "CredentialsSignin" ? params.error : null;
  const next = await whereNext(callbackUrl);

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <section className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">Sign in with your wallet</h1>
        <p className="text-stone-600">
          Brickyard has no passwords. Your Polkadot wallet signs a short message that proves the account is yours.
          Signing is free: it sends no transaction.
        </p>
        {next && (
          <p className="font-medium text-stone-800" data-testid="sign-in-next">
            {next}
          </p>
        )}
      </section>
      <SignInLoader callbackUrl={callbackUrl} initialError={error} />
      <p className="text-sm text-stone-500">
        Works with Polkadot.js, Talisman, SubWallet and other wallets that add themselves to the browser.
      </p>
    </div>
  );
}
