"use client";
// Deploy: prepare (the server writes the deployment and builds the transaction), sign in the
// wallet, send. Each phase says what is happening; a refusal keeps the draft, so trying again
// reuses it (same idempotency key) instead of creating another.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { CancelWalletWait } from "@/app/_components/wallet/cancel-wallet-wait";
import { prepareAction, submitAction } from "@/app/bricks/[slug]/deploy/actions";
import { primaryButton } from "./ui";
import { signWithWallet } from "./wallet-sign";

type Phase = "idle" | "preparing" | "signing" | "sending" | "done";
const WORDS: Record<Phase, string> = {
  idle: "",
  preparing: "Preparing the transaction…",
  signing: "Waiting for your wallet: check the transaction and approve it there.",
  sending: "Sending the signed transaction…",
  done: "Sent. Opening the instance page…",
};

export function DeployButton({ input, disabled, onSent }: { input: Record<string, unknown> & { idempotencyKey: string | null }; disabled: boolean; onSent: () => void }) {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>("idle");
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<AbortController | null>(null);

  async function deploy() {
    setError(null);
    setPhase("preparing");
    try {
      const prepared = await prepareAction(input);
      if (!prepared.ok) throw new Error(prepared.error);
      const { deploymentId, payload } = prepared.data;
      if (payload) {
        setPhase("signing");
        pending.current = new AbortController();
        const signature = await signWithWallet(payload, pending.current.signal);
        setPhase("sending");
        const sent = await submitAction({ deploymentId, kind: "instantiate", signature });
        if (!sent.ok) throw new Error(sent.error);
      }
      setPhase("done");
      onSent();
      router.push(`/instances/${deploymentId}`);
    } catch (e) {
      setPhase("idle");
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const busy = phase !== "idle";
  return (
    <div className="space-y-2">
      <button type="button" className={primaryButton} disabled={disabled || busy || !input.idempotencyKey} onClick={deploy}>
        {busy ? "Deploying…" : "Deploy — sign with your wallet"}
      </button>
      {busy && <p aria-live="polite" className="text-sm text-stone-700" data-testid="deploy-phase">{WORDS[phase]}</p>}
      {phase === "signing" && <CancelWalletWait onCancel={() => pending.current?.abort()} />}
      {error && <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">{error}</p>}
    </div>
  );
}
