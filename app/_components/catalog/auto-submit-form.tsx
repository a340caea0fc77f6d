"use client";
// Submits the catalog filter form as soon as a select changes, so filters apply without a click.
// Navigation goes through the router (no full reload); without JavaScript the form still submits.
import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";

export function AutoSubmitForm({ className, children }: { className?: string; children: ReactNode }) {
  const router = useRouter();
  function go(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) {
      const value = String(v).trim();
      if (value && !(k === "audit" && value === "any") && !(k === "sort" && value === "relevance"))
        params.set(k, value);
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
