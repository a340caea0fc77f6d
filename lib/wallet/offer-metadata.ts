// Browser-only: before a transaction is signed, offers the wallet the chain's metadata (once per
// runtime version) so it can show the call in words instead of "method data 0x…". Wallets that
// manage metadata themselves (no `metadata` in the injected object) are left alone; a refused or
// failed offer does not stop the signature: the wallet then shows the raw call, as before.
import type { InjectedExtension, MetadataDef } from "@polkadot/extension-inject/types";
import { waitForWallet } from "@/lib/wallet/wait-for-wallet";
import { WalletError } from "@/lib/wallet/extension";

export async function offerChainMetadata(
  injected: InjectedExtension,
  chain: { genesisHash: string; specVersion: number },
  signal?: AbortSignal,
): Promise<"known" | "offered" | "unsupported" | "refused"> {
  const metadata = injected.metadata;
  if (!metadata) return "unsupported";
  try {
    const known = await waitForWallet(metadata.get(), signal);
    if (known.some((k) => k.genesisHash === chain.genesisHash && Number(k.specVersion) === chain.specVersion))
      return "known";
    const res = await fetch(
      `/api/wallet/metadata?genesisHash=${encodeURIComponent(chain.genesisHash)}&specVersion=${chain.specVersion}`,
    );
    if (!res.ok) return "unsupported";
    const def = (await res.json()) as MetadataDef;
    return (await waitForWallet(metadata.provide(def), signal)) ? "offered" : "refused";
  } catch (error) {
    if (error instanceof WalletError && error.kind === "cancelled") throw error;
    return "refused";
  }
}
