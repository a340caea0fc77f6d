"use client";
// Signs the audit's attestation with the auditor's wallet: the server prepares the canonical text
// (dated now), the wallet signs it (signRaw, wrapped in <Bytes>), the server verifies and stores it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/app/_components/ui";
import { sameAccount } from "@/lib/auth/address";
import { prepareAttestationAction, submitAttestationAction } from "@/app/publish/actions";

type State = { step: "idle" | "preparing" | "signing" | "verifying" | "done"; payload?: string; error?: string };

type Props = { auditId: string; slug: string; version: string; address: string; alreadySigned: boolean };

export function AttestButton({ auditId, slug, version, address, alreadySigned }: Props) {
  const router = useRouter();
  const [state, setState] = useState<State>({ step: "idle" });

  async function sign() {
    setState({ step: "preparing" });
    const { connectWallets, signMessage, WalletError } = await import("@/lib/wallet/extension");
    try {
      const accounts = await connectWallets();
      const account = accounts.find((a) => sameAccount(a.address, address));
      if (!account)
        throw new WalletError(
          "no-accounts",
          `Your wallet does not share the account you signed in with (${address}). Allow it for Brickyard, then try again.`,
        );
      const prepared = await prepareAttestationAction({ auditId });
      if (!prepared.ok) throw new Error(prepared.message);
      setState({ step: "signing", payload: prepared.data.payload });
      const signature = await signMessage(account, prepared.data.payload);
      setState({ step: "verifying", payload: prepared.data.payload });
      const stored = await submitAttestationAction({
        auditId,
        slug,
        version,
        signer: account.address,
        issuedAt: prepared.data.issuedAt,
        signature,
      });
      if (!stored.ok) throw new Error(stored.message);
      setState({ step: "done", payload: prepared.data.payload });
      router.refresh();
    } catch (error) {
      setState((s) => ({
        step: "idle",
        payload: s.payload,
        error: error instanceof Error ? error.message : String(error),
      }));
    }
  }

  // Stays mounted through the refresh after signing, so the confirmation remains on screen.
  if (alreadySigned && state.step === "idle" && !state.error) return null;
  const busy = state.step === "preparing" || state.step === "signing" || state.step === "verifying";
  const label = {
    idle: "Sign attestation with my wallet",
    preparing: "Preparing…",
    signing: "Waiting for your wallet…",
    verifying: "Verifying the signature…",
    done: "Signed",
  }[state.step];
  return (
    <div className="space-y-2">
      <Button type="button" disabled={busy || state.step === "done"} onClick={() => void sign()}>
        {label}
      </Button>
      {state.payload && (
        <div className="space-y-1">
          <p className="text-xs text-stone-600">You are signing exactly this text:</p>
          <pre
            className="overflow-x-auto rounded bg-stone-900 p-3 font-mono text-xs text-stone-100"
            data-testid="attestation-payload"
          >
            {state.payload}
          </pre>
        </div>
      )}
      {state.step === "done" && (
        <p role="status" className="text-sm text-emerald-700">
          Signature verified and stored.
        </p>
      )}
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
    </div>
  );
}
