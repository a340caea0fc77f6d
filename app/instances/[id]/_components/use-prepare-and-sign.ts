"use client";
// The instance page's one "prepare → sign → submit" sequence, shared by settings actions (watched
// contracts' messages included) and upgrades: a fresh idempotency key per check, the server's
// dry-run (or its refusal in words, with the fields it names), the wallet's signature of exactly the
// payload the server stored, the signature handed back through submitSettingsAction (the tracker
// follows it from there, and the page follows the network live at once), then the page refreshed.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { signWithWallet } from "@/app/_components/deploy/wallet-sign";
import type { ActionResult } from "@/lib/actions/action-result";
import type { SignerPayloadJSON } from "@/lib/chain/signer-payload";
import { submitSettingsAction } from "../actions";
import { followLive } from "./live-refresh";

type TFailure = Extract<ActionResult<unknown>, { ok: false }>;

/** The server's sentence, followed by the fields it names ("to: not an address"). */
export function failureWords(result: TFailure): string {
  const fields = result.fields
    ? Object.entries(result.fields)
        .map(([f, m]) => `${f}: ${m.join(", ")}`)
        .join("; ")
    : "";
  return fields ? `${result.message} ${fields}` : result.message;
}

export function usePrepareAndSign<T extends { payload: SignerPayloadJSON | null }>(deploymentId: string) {
  const router = useRouter();
  const [key, setKey] = useState<string | null>(null);
  const [prepared, setPrepared] = useState<T | null>(null);
  const [phase, setPhase] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);

  function reset() {
    setPrepared(null);
    setError(null);
    setKey(null);
  }

  /** Asks the server to prepare and dry-run; one key per attempt, so other answers start a new one. */
  async function check(prepare: (idempotencyKey: string) => Promise<ActionResult<T>>) {
    setError(null);
    setSent(null);
    setPhase("Checking with a dry-run…");
    const attempt = crypto.randomUUID();
    const result = await prepare(attempt);
    setPhase(null);
    if (!result.ok) return setError(failureWords(result));
    setKey(attempt);
    setPrepared(result.data);
  }

  /** Signs the prepared payload with the wallet and submits it; true once the network has it. */
  async function sign(sentWords: (prepared: T) => string): Promise<boolean> {
    if (!prepared?.payload || !key) return false;
    setError(null);
    try {
      setPhase("Waiting for your wallet: approve the transaction there.");
      const signature = await signWithWallet(prepared.payload);
      setPhase("Sending…");
      const result = await submitSettingsAction({ deploymentId, idempotencyKey: key, signature });
      if (!result.ok) throw new Error(result.message);
      followLive();
      setSent(sentWords(prepared));
      setPrepared(null);
      setKey(null);
      router.refresh();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setPhase(null);
    }
  }

  return { prepared, phase, error, sent, busy: phase !== null, reset, check, sign };
}
