"use client";
// Submits the catalog filter form as soon as a select changes, so filters apply without a click.
// Navigation goes through the router (no full reload); without JavaScript the form still submits.
import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";

// A filter left at its default stays out of the URL, so a search is shared as just `/?q=…`.
const DEFAULTS: Record<string, string> = { audit: "any", kind: "any", sort: "relevance" };

export function AutoSubmitForm({ className, children }: { className?: string; children: ReactNode }) {
  const router = useRouter();
  function go(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) {
      const value = String(v).trim();
      if (value && DEFAULTS[k] !== value) params.set(k, value);
    }
    const s = params.toString();
    router.push(s ? `/?${s}` : "/");
  }
  return (
    <form
      role="search"
      action="/"
      method="get"
      className={className}
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        go(e.currentTarget);
      }}
      onChange={(e) => {
        if ((e.target as HTMLElement).hasAttribute("data-autosubmit")) go(e.currentTarget);
      }}
    >
      {children}
    </form>
  );
}
