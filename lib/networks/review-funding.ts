// On the review: is the signer's balance too low, and where can they get tokens? On a dev chain
// Brickyard funds them itself ("Get test tokens"); elsewhere the network's faucet page, if any.
import "server-only";
import type { ApiPromise } from "@polkadot/api";

export type TReviewFunding = { low: boolean; faucet: { kind: "dev" } | { kind: "url"; url: string } | null };

export async function reviewFunding(
  api: ApiPromise,
  network: { isDevChain: boolean; faucetUrl: string | null },
  signer: string,
  outcome: { verdictCode: string | null; enough: boolean | null },
): Promise<TReviewFunding> {
  let low = outcome.enough === false || /Balance|Funds|Payment/i.test(outcome.verdictCode ?? "");
  if (!low && outcome.enough === null) {
    // No cost was computed (the dry-run failed): an empty account is still worth pointing out.
    const free = (await api.query.system.account(signer)).data.free.toBigInt();
    low = free === 0n;
  }
  const faucet = network.isDevChain
    ? ({ kind: "dev" } as const)
    : network.faucetUrl
      ? ({ kind: "url", url: network.faucetUrl } as const)
      : null;
  return { low, faucet };
}
