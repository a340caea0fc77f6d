// The link to the user's contract: what it does, whether it is proven on chain, and the button for
// the link transaction when one is still to be signed (deployers only).
import type { TInstance } from "@/lib/deployments/get-instance";
import { Check } from "@/app/_components/deploy/status-badge";
import { Card } from "@/app/_components/ui";
import { monoClass } from "@/app/_components/ui/classes";
import { ChainValue } from "@/app/_components/networks/chain-value";
import { LinkStep } from "./link-step";
import { isOnChain } from "@/lib/statuses/deployment-statuses";

const TX_WORDS: Record<string, string> = {
  draft: "prepared, not signed",
  signed: "signed, waiting for a block",
  in_block: "in a block",
  finalized: "final",
  failed: "failed",
};

export function LinkPanel({ d }: { d: TInstance }) {
  const link = d.link!;
  const tx = d.linkTx;
  const onChain = isOnChain(d.status);
  const canLink =
    d.canDeploy &&
    link.record &&
    onChain &&
    d.linkVerified !== true &&
    (!tx || tx.status === "draft" || tx.status === "failed");
  return (
    <Card aria-labelledby="link-title">
      <h2 id="link-title" className="mb-3 text-lg font-semibold">
        Link to your contract
      </h2>
      <p className="mb-3 text-sm text-stone-700">{link.explain}</p>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-stone-600">Your contract</dt>
        <dd className={monoClass}>
          {d.linkedContract ? <ChainValue value={d.linkedContract} kind="account" network={d.network} /> : "—"}
        </dd>
        {link.record && (
          <>
            <dt className="text-stone-600">Link transaction</dt>
            <dd>
              <code className="font-mono text-xs">{link.record.message}</code> on{" "}
              {link.record.on === "instance" ? "the instance" : "your contract"}:{" "}
              {tx ? (TX_WORDS[tx.status] ?? tx.status) : "not sent yet"}
              {tx?.failureReason && <span className="block text-red-800">{tx.failureReason}</span>}
            </dd>
          </>
        )}
        <dt className="text-stone-600">On chain</dt>
        <dd data-testid="link-check">
          <Check
            ok={d.linkVerified}
            yes="Link verified on chain"
            no="Link not confirmed"
            unknown={onChain ? "Not linked yet" : "Waiting for the instance"}
          />
        </dd>
      </dl>
      {canLink && (
        <div className="mt-4">
          <LinkStep
            deploymentId={d.id}
            label={tx?.status === "failed" ? "Try the link again" : "Link your contract — sign with your wallet"}
          />
        </div>
      )}
      {!d.canDeploy && link.record && d.linkVerified !== true && (
        <p className="mt-3 text-sm text-stone-500">A deployer of the team can sign the link transaction.</p>
      )}
    </Card>
  );
}
