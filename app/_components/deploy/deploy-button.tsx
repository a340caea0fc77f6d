"use client";
// Deploy: prepare (the server writes the deployment and builds the transaction), sign in the
// wallet, send. Each phase says what is happening; a refusal keeps the draft, so trying again
// reuses it (same idempotency key) instead of creating another.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { CancelWalletWait } from "@/app/_components/wallet/cancel-wallet-wait";
import { prepareAction, prepareMappingAction, submitAction, submitMappingAction } from "./actions";
import { Button } from "@/app/_components/ui";
import { signWithWallet } from "./wallet-sign";

type Phase = "idle" | "mapping" | "mapped" | "preparing" | "signing" | "sending" | "done";
const WORDS: Record<Phase, string> = {
  idle: "",
  mapping: "Step 1 of 2 — waiting for your wallet: approve the one-time account link (“map account”).",
  mapped: "Account linked. Checking the deploy on the network…",
  preparing: "Preparing the transaction…",
  signing: "Waiting for your wallet: check the transaction and approve it there.",
  sending: "Sending the signed transaction…",
  done: "Sent. Opening the instance page…",
};

export function DeployButton({
  input,
  disabled,
  onSent,
  mapFirst = false,
}: {
  input: Record<string, unknown> & { idempotencyKey: string | null; network?: unknown };
  disabled: boolean;
  onSent: () => void;
  mapFirst?: boolean;
}) {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>("idle");
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<AbortController | null>(null);

  async function deploy() {
    setError(null);
    setPhase(mapFirst ? "mapping" : "preparing");
    try {
      // pallet-revive: link the account to its H160 first (one signature), then the deploy itself.
      if (mapFirst) {
        const step = await prepareMappingAction({ network: input.network });
        if (!step.ok) throw new Error(step.message);
        if (step.data.payload) {
          pending.current = new AbortController();
          const signature = await signWithWallet(step.data.payload, pending.current.signal);
          const mapped = await submitMappingAction({ network: input.network, payload: step.data.payload, signature });
          if (!mapped.ok) throw new Error(mapped.message);
        }
        setPhase("mapped");
      }
      const prepared = await prepareAction(input);
      if (!prepared.ok) throw new Error(prepared.message);
      const { deploymentId, payload } = prepared.data;
      if (payload) {
        setPhase("signing");
        pending.current = new AbortController();
        const signature = await signWithWallet(payload, pending.current.signal);
        setPhase("sending");
        const sent = await submitAction({ deploymentId, kind: "instantiate", signature });
        if (!sent.ok) throw new Error(sent.message);
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
      <Button type="button" disabled={disabled || busy || !input.idempotencyKey} onClick={deploy}>
        {busy
          ? "Deploying…"
          : mapFirst
            ? "Link my account and deploy — two signatures"
            : "Deploy — sign with your wallet"}
      </Button>
      {busy && (
        <p aria-live="polite" className="text-sm text-stone-700" data-testid="deploy-phase">
          {WORDS[phase]}
        </p>
      )}
      {(phase === "signing" || phase === "mapping") && <CancelWalletWait onCancel={() => pending.current?.abort()} />}
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      )}
    </div>
  );
}
