"use client";
// The link step's button: the server builds and dry-runs the link transaction, the wallet signs
// it, the server sends it and then proves the link on chain (the page updates live).
import { useRouter } from "next/navigation";
import { followLive } from "./live-refresh";
import { useRef, useState } from "react";
import { CancelWalletWait } from "@/app/_components/wallet/cancel-wallet-wait";
import { signWithWallet } from "@/app/_components/deploy/wallet-sign";
import { Button } from "@/app/_components/ui";
import { prepareLinkAction, submitLinkAction } from "../actions";

export function LinkStep({ deploymentId, label }: { deploymentId: string; label: string }) {
  const router = useRouter();
  const [phase, setPhase] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [signing, setSigning] = useState(false);
  const pending = useRef<AbortController | null>(null);

  async function link() {
    setError(null);
    try {
      setPhase("Preparing the link transaction…");
      const prepared = await prepareLinkAction(deploymentId);
      if (!prepared.ok) throw new Error(prepared.message);
      if (prepared.data.payload) {
        setPhase("Waiting for your wallet: approve the link transaction there.");
        pending.current = new AbortController();
        setSigning(true);
        const signature = await signWithWallet(prepared.data.payload, pending.current.signal).finally(() =>
          setSigning(false),
        );
        setPhase("Sending…");
        const sent = await submitLinkAction({ deploymentId, signature });
        if (!sent.ok) throw new Error(sent.message);
        followLive();
      }
      router.refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setPhase(null);
    }
  }

  return (
    <div className="space-y-2">
      <Button type="button" onClick={link} disabled={phase !== null}>
        {label}
      </Button>
      {phase && (
        <p aria-live="polite" className="text-sm text-stone-700">
          {phase}
        </p>
      )}
      {signing && <CancelWalletWait onCancel={() => pending.current?.abort()} />}
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      )}
    </div>
  );
}
