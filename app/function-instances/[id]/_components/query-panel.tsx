"use client";
// The query URL on a function instance page: its address, who may ask it (anyone, or only with one of
// the team's API tokens — operators choose), and an example call folded away.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/app/_components/ui";
import type { TQueryAccess } from "@/lib/functions/queries/query-params";
import { setQueryAccessAction } from "../actions";

type TProps = { instanceId: string; url: string; access: TQueryAccess; canOperate: boolean; tokensHref: string | null };

const WORDS: Record<TQueryAccess, string> = {
  public: "Anyone with the address may ask it.",
  token: "Only callers with one of your team's API tokens may ask it.",
};

export function QueryPanel({ instanceId, url, access, canOperate, tokensHref }: TProps) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const other: TQueryAccess = access === "public" ? "token" : "public";

  async function switchAccess() {
    setBusy(true);
    setError(null);
    const r = await setQueryAccessAction({ instanceId, access: other });
    setBusy(false);
    if (!r.ok) return setError(r.message);
    router.refresh();
  }

  return (
    <div className="space-y-3 text-sm">
      <p>
        The function answers questions at this address straight from what it remembers, in milliseconds, without waiting
        for the chain:
      </p>
      <p className="rounded bg-stone-50 p-2 font-mono text-xs break-all" data-testid="query-url">
        {url}
      </p>
      <p data-testid="query-access">{WORDS[access]}</p>
      {canOperate && (
        <Button variant="secondary" disabled={busy} onClick={switchAccess}>
          {other === "public" ? "Let anyone ask it" : "Require a team API token"}
        </Button>
      )}
      {error && (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      )}
      <details className="text-stone-700">
        <summary className="cursor-pointer">Example call</summary>
        <pre className="mt-2 overflow-x-auto rounded bg-stone-50 p-2 text-xs">
          {access === "token" ? `curl -H "Authorization: Bearer byd_…" ${url}` : `curl ${url}`}
        </pre>
        <p className="mt-1">
          Inputs go in the address (<code>?name=value</code>) or as a JSON body (POST): at most 20 named values.
          {access === "token" && tokensHref && (
            <>
              {" "}
              Tokens are made on your team&apos;s{" "}
              <a href={tokensHref} className="text-brand-600 underline">
                API tokens page
              </a>
              .
            </>
          )}
        </p>
      </details>
    </div>
  );
}
