// Browser-only: has the user's wallet sign a transaction payload the server built
// (signer.signPayload). @polkadot/extension-dapp is imported on first use, so the deploy page's
// first load carries none of the polkadot libraries.
import type { SignerPayloadJSON } from "@polkadot/types/types";
import { APP_NAME, WalletError, walletName } from "@/lib/wallet/extension";

const short = (a: string) => `${a.slice(0, 6)}…${a.slice(-6)}`;

export async function signWithWallet(payload: SignerPayloadJSON): Promise<string> {
  const { web3Enable, web3FromAddress } = await import("@polkadot/extension-dapp");
  const extensions = await web3Enable(APP_NAME);
  if (extensions.length === 0) {
    throw new WalletError("no-wallet", "No Polkadot wallet answered. Open or unlock your wallet, allow Brickyard, then try again.");
  }
  let injected: Awaited<ReturnType<typeof web3FromAddress>>;
  try {
    injected = await web3FromAddress(payload.address);
  } catch {
    throw new WalletError("no-accounts", `Your wallet does not share the account you signed in with (${short(payload.address)}). Allow that account for Brickyard in your wallet, then try again.`);
  }
  if (!injected.signer.signPayload) {
    throw new WalletError("failed", `${walletName(injected.name)} cannot sign transactions. Try another wallet.`);
  }
  try {
    const { signature } = await injected.signer.signPayload(payload);
    return signature;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/cancel|reject|denied|declin|user closed/i.test(text)) {
      throw new WalletError("rejected", "You cancelled the signature in your wallet. Nothing was sent.");
    }
    throw new WalletError("failed", `Your wallet could not sign: ${text}`);
  }
}
