"use client";
// Re-verifies an audit's attestations in the browser, trusting nothing the server concluded: it
// fetches the public attestation data and the wasm, recomputes the code hash and the report hash,
// rebuilds the signed text and checks the wallet signature. util-crypto loads only on click.
import { useParams } from "next/navigation";
import { useState } from "react";
import type { VersionAttestations } from "@/lib/audits/get-version-attestations";

type State = { status: "idle" | "checking" | "ok" | "failed"; text?: string };

async function verifyInBrowser(slug: string, version: string, auditId: string): Promise<string> {
  const base = `/api/bricks/${encodeURIComponent(slug)}/versions/${encodeURIComponent(version)}`;
  const [res, wasm, { reportHash }, { verifyAttestation }, { blake2AsHex }] = await Promise.all([
    fetch(`${base}/attestations`, { cache: "no-store" }),
    fetch(`${base}/wasm`).then((r) => r.arrayBuffer()),
    import("@/lib/audits/report-hash"),
    import("@/lib/audits/verify-attestation"),
    import("@polkadot/util-crypto"),
  ]);
  if (!res.ok) throw new Error("The attestation data could not be loaded.");
  const data = (await res.json()) as VersionAttestations;
  const audit = data.audits.find((a) => a.id === auditId);
  if (!audit || data.brick !== slug || data.version !== version)
    throw new Error("The server answered for another brick, version or audit.");
  const codeHash = blake2AsHex(new Uint8Array(wasm), 256);
  if (codeHash !== data.codeHash) throw new Error(`The wasm hashes to ${codeHash}, not the recorded code hash.`);
  const recomputed = reportHash({ markdown: audit.reportMarkdown, scope: audit.scope, findings: audit.findings });
  if (recomputed !== audit.reportHash) throw new Error("The report does not match the hash the auditor signed.");
  if (audit.attestations.length === 0) throw new Error("This audit has no signed attestation.");
  const results = await Promise.all(
    audit.attestations.map((t) =>
      verifyAttestation({
        brick: slug,
        version,
        codeHash,
        reportHash: recomputed,
        issuedAt: t.issuedAt,
        signer: t.signer,
        signature: t.signature,
        payload: t.payload,
        publicKey: t.publicKey,
      }),
    ),
  );
  const good = results.filter((r) => r.ok).length;
  if (good === 0) throw new Error((results.find((r) => !r.ok) as { reason: string }).reason);
  return `Verified in your browser just now: ${good} signature${good > 1 ? "s" : ""} over this code hash and report hash${good < results.length ? ` (${results.length - good} did not verify)` : ""}.`;
}

export function VerifyAgainButton({ version, auditId }: { version: string; auditId: string }) {
  const { slug } = useParams<{ slug: string }>();
  const [state, setState] = useState<State>({ status: "idle" });
  const run = () => {
    setState({ status: "checking" });
    verifyInBrowser(decodeURIComponent(slug), version, auditId).then(
      (text) => setState({ status: "ok", text }),
      (e: unknown) =>
        setState({ status: "failed", text: `Verification failed: ${e instanceof Error ? e.message : String(e)}` }),
    );
  };
  return (
    <div className="mt-2 space-y-1">
      <button
        type="button"
        onClick={run}
        disabled={state.status === "checking"}
        className="rounded-md border border-stone-300 bg-white px-2.5 py-1 text-xs text-stone-700 hover:border-brand-500 hover:text-brand-600 disabled:opacity-50"
      >
        {state.status === "checking" ? "Verifying…" : "Verify again"}
      </button>
      {state.text && (
        <p role="status" className={`text-xs ${state.status === "ok" ? "text-emerald-700" : "text-red-700"}`}>
          {state.text}
        </p>
      )}
    </div>
  );
}
