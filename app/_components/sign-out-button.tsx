"use client";
// Sign-out goes through next-auth, whose signOut event deletes the session row: the cookie is
// then worthless even if a copy was kept (see lib/auth/options.ts). next-auth's client is loaded
// on click, not with the page: the header is on every page and must stay light.
import { useState } from "react";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/" }));
      }}
      className="rounded-md border border-stone-300 px-3 py-1.5 text-stone-700 hover:border-brand-500 hover:text-brand-600 disabled:opacity-50"
    >
      {busy ? "Signing out…" : "Sign out"}
    </button>
  );
}
