"use client";
// Shown under a pending wallet request: after a short wait it says why nothing may be happening
// (the wallet's window was closed or is hidden) and offers to stop waiting.
import { useEffect, useState } from "react";
import { OFFER_CANCEL_AFTER_MS } from "@/lib/wallet/wait-for-wallet";

export function CancelWalletWait({ onCancel }: { onCancel: () => void }) {
  const [show, setShow] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setShow(true), OFFER_CANCEL_AFTER_MS);
    return () => clearTimeout(t);
  }, []);
  if (!show) return null;
  return (
    <div className="space-y-2 text-sm text-stone-700" data-testid="wallet-wait-cancel">
      <p>Still waiting for your wallet. If you closed its window, or cannot find it, you can stop waiting here.</p>
      <button
        type="button"
        onClick={onCancel}
        className="rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium text-stone-800 hover:bg-stone-50"
      >
        Cancel
      </button>
    </div>
  );
}
