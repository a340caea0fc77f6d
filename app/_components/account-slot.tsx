"use client";
// The header's account area: links for what the signed-in person may use, their account
// (identicon, name, short address) and sign-out; a "Sign in" link otherwise. A client component
// that asks /api/auth/session after load, so the layout reads no cookie and public pages (catalog,
// brick pages) can be served from Next.js's cache, the same for everyone (see README, caching).
// The server checks again on every action: this only decides which links to show.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { canPlatform } from "@/lib/auth/permissions";
import { shortAddress } from "@/lib/wallet/short-address";
import { Identicon } from "@/app/_components/identicon";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { SignInLink } from "@/app/_components/sign-in-link";

type TAccount = { name: string | null; address: string; accountId: string; platformRoles: string[] };

export function AccountSlot() {
  const [account, setAccount] = useState<TAccount | null | undefined>(undefined);
  // Asked again on each navigation, so signing in or out shows up on the next page.
  const pathname = usePathname();
  useEffect(() => {
    let live = true;
    fetch("/api/auth/session", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : {}))
      .then((s: { user?: TAccount }) => live && setAccount(s.user?.address ? s.user : null))
      .catch(() => live && setAccount(null));
    return () => {
      live = false;
    };
  }, [pathname]);
  if (account === undefined) return <span aria-hidden className="inline-block h-8 w-20" />;
  if (!account) {
    return (
      <SignInLink className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700" />
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <nav aria-label="Account" className="flex gap-4 text-stone-700">
        <Link href="/teams" className="hover:text-brand-600">
          Teams
        </Link>
        {canPlatform(account.platformRoles, "brick.yank") && (
          <Link href="/publish" className="hover:text-brand-600">
            Publish
          </Link>
        )}
        {canPlatform(account.platformRoles, "admin.view") && (
          <Link href="/admin" className="hover:text-brand-600">
            Admin
          </Link>
        )}
      </nav>
      <div className="flex items-center gap-2" data-testid="account-chip">
        <Identicon accountId={account.accountId} size={28} />
        <span className="leading-tight">
          <span className="block max-w-[10rem] truncate font-medium text-stone-900">
            {account.name ?? "Unnamed account"}
          </span>
          <span className="block font-mono text-xs text-stone-500" title={account.address}>
            {shortAddress(account.address)}
          </span>
        </span>
      </div>
      <SignOutButton />
    </div>
  );
}
