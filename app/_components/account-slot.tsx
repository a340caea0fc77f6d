// The header's account area: links for what the signed-in person may use, their account
// (identicon, name, short address) and sign-out; a "Sign in" link otherwise. A server component:
// no wallet code reaches the browser from here.
import Link from "next/link";
import { canPlatform } from "@/lib/auth/permissions";
import { getSession } from "@/lib/auth/session";
import { shortAddress } from "@/lib/wallet/short-address";
import { Identicon } from "@/app/_components/identicon";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { SignInLink } from "@/app/_components/sign-in-link";

export async function AccountSlot() {
  const session = await getSession();
  if (!session) {
    return (
      <SignInLink className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700" />
    );
  }
  const { user } = session;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <nav aria-label="Account" className="flex gap-4 text-stone-700">
        <Link href="/teams" className="hover:text-brand-600">Teams</Link>
        {canPlatform(user.platformRoles, "brick.yank") && <Link href="/publish" className="hover:text-brand-600">Publish</Link>}
        {canPlatform(user.platformRoles, "admin.view") && <Link href="/admin" className="hover:text-brand-600">Admin</Link>}
      </nav>
      <div className="flex items-center gap-2" data-testid="account-chip">
        <Identicon accountId={user.accountId} size={28} />
        <span className="leading-tight">
          <span className="block max-w-[10rem] truncate font-medium text-stone-900">{user.name ?? "Unnamed account"}</span>
          <span className="block font-mono text-xs text-stone-500" title={user.address}>{shortAddress(user.address)}</span>
        </span>
      </div>
      <SignOutButton />
    </div>
  );
}
