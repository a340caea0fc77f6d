// Sends signed bytes and waits for the block that includes them (or an error). Sending the same
// bytes again is safe: the chain accepts one transaction per (account, nonce), so a resend after a
// crash either lands the same transaction or is refused as already known / outdated.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { ExtrinsicStatus } from "@polkadot/types/interfaces";

export type TSubmitOutcome = { inBlock: string } | { refused: string };

export async function submitSigned(api: ApiPromise, hex: string, timeoutMs = 60_000): Promise<TSubmitOutcome> {
  const extrinsic = api.createType("Extrinsic", hex);
  return new Promise<TSubmitOutcome>((resolve) => {
    let unsub: (() => void) | undefined;
    const timer = setTimeout(() => finish({ refused: `no block included it within ${timeoutMs / 1000} s` }), timeoutMs);
    function finish(outcome: TSubmitOutcome) {
      clearTimeout(timer);
      unsub?.();
      resolve(outcome);
    }
    api.rpc.author
      .submitAndWatchExtrinsic(extrinsic, (status: ExtrinsicStatus) => {
        if (status.isInBlock) finish({ inBlock: status.asInBlock.toHex() });
        else if (status.isFinalized) finish({ inBlock: status.asFinalized.toHex() });
        else if (status.isDropped || status.isInvalid || status.isUsurped) finish({ refused: status.type });
      })
      .then((u) => {
        unsub = u;
      })
      .catch((error: Error) => finish({ refused: error.message }));
  });
}
