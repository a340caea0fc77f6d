// Browser-only: has the user's wallet sign a transaction payload the server built
// (signer.signPayload). @polkadot/extension-dapp is imported on first use, so the deploy page's
// first load carries none of the polkadot libraries.
import type { SignerPayloadJSON } from "@polkadot/types/types";
import { APP_NAME, isRejection, noWalletError, WalletError, walletName } from "@/lib/wallet/extension";
import { offerChainMetadata } from "@/lib/wallet/offer-metadata";
import { waitForWallet } from "@/lib/wallet/wait-for-wallet";

const short = (a: string) => `${a.slice(0, 6)}…${a.slice(-6)}`;

/** `signal` lets the page stop waiting (the person closed the wallet's popup without answering). */
export async function signWithWallet(payload: SignerPayloadJSON, signal?: AbortSignal): Promise<string> {
  const { web3Enable, web3FromAddress } = await import("@polkadot/extension-dapp");
  const extensions = await waitForWallet(web3Enable(APP_NAME), signal);
  if (extensions.length === 0) throw noWalletError();
  let injected: Awaited<ReturnType<typeof web3FromAddress>>;
  try {
    injected = await web3FromAddress(payload.address);
  } catch {
    throw new WalletError(
      "no-accounts",
      `Your wallet does not share the account you signed in with (${short(payload.address)}). Allow that account for Brickyard in your wallet, then try again.`,
    );
  }
  if (!injected.signer.signPayload) {
    throw new WalletError("failed", `${walletName(injected.name)} cannot sign transactions. Try another wallet.`);
  }
  // So the wallet can show the call in words: offered once per chain runtime, before signing.
  await offerChainMetadata(
    injected,
    { genesisHash: payload.genesisHash, specVersion: Number(payload.specVersion) },
    signal,
  );
  try {
    const { signature } = await waitForWallet(injected.signer.signPayload(payload), signal);
    return signature;
  } catch (error) {
    if (error instanceof WalletError) throw error;
    const text = error instanceof Error ? error.message : String(error);
    if (isRejection(error)) {
      throw new WalletError("rejected", "You cancelled the signature in your wallet. Nothing was sent.");
    }
    throw new WalletError("failed", `Your wallet could not sign: ${text}`);
  }
}
