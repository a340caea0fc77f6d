"use client";
// The webhook trigger on a function instance page: the address to POST to, and for operators the
// button that makes the signing secret. The secret is shown here once, right after it is made, and
// never again (the server keeps it sealed); making a new one stops the old one at once.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClasses } from "@/app/_components/ui";
import { createWebhookSecretAction } from "../actions";

type TProps = { instanceId: string; url: string; since: string | null; canOperate: boolean };

export function WebhookPanel({ instanceId, url, since, canOperate }: TProps) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);

  async function make() {
    if (
      (since || secret) &&
      !window.confirm("Make a new secret? Calls signed with the current one stop working at once.")
    )
      return;
    setBusy(true);
    setError(null);
    const r = await createWebhookSecretAction({ instanceId });
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setSecret(r.data.secret);
    router.refresh();
  }

  return (
    <div className="space-y-3 text-sm">
      {since || secret ? (
        <>
          <p>Your sign-up form (or server) sends each new entry to this address, signed with the secret:</p>
          <p className="rounded bg-stone-50 p-2 font-mono text-xs break-all" data-testid="webhook-url">
            POST {url}
          </p>
        </>
      ) : (
        <p>
          {canOperate
            ? "Turn the webhook on to get an address your form or server can send new entries to."
            : "The webhook is not turned on yet (an owner, admin or deployer of the team can turn it on)."}{" "}
          Brickyard checks each call&apos;s signature before the function runs.
        </p>
      )}
      {secret && (
        <div role="status" className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
          <p className="font-medium">Copy this secret now: it is not shown again.</p>
          <p className="font-mono text-xs break-all select-all" data-testid="webhook-secret">
            {secret}
          </p>
          <p>Put it in the settings of the service that sends the calls. Anyone who has it can start this function.</p>
        </div>
      )}
      {since && !secret && (
        <p className="text-stone-600">On since {since}. The secret is kept hidden; if it is lost, make a new one.</p>
      )}
      {canOperate && (
        <button
          type="button"
          className={since || secret ? buttonClasses.secondary : buttonClasses.primary}
          disabled={busy}
          onClick={make}
        >
          {busy ? "Making the secret…" : since || secret ? "Make a new secret" : "Turn on the webhook"}
        </button>
      )}
      {error && (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      )}
      <details className="text-stone-700">
        <summary className="cursor-pointer">How a call is signed (for the person who sets up the sender)</summary>
        <div className="mt-2 space-y-1">
          <p>
            Send JSON (at most 64 KB) with two headers: <code>Brickyard-Timestamp</code>, the current time in Unix
            seconds, and <code>Brickyard-Signature</code>, <code>v1=</code> followed by the hex HMAC-SHA256 of{" "}
            <code>timestamp + &quot;.&quot; + body</code> with the secret as key.
          </p>
          <p>
            Calls older than 5 minutes, with a wrong signature, or sent a second time are refused and nothing runs. The
            body reaches the function as <code>input.webhook</code>.
          </p>
        </div>
      </details>
    </div>
  );
}
