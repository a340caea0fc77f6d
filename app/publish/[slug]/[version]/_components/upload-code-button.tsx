"use client";
// Puts a version's code on a network with the auditor's wallet: contracts.uploadCode signed in the
// browser, then the server checks the chain holds the code before recording it. @polkadot/api and
// the wallet library load only when the button is pressed.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/app/_components/ui";
import { sameAccount } from "@/lib/auth/address";
import { recordCodeUploadAction } from "@/app/publish/actions";

type Props = {
  slug: string;
  version: string;
  codeHash: string;
  network: { slug: string; name: string; rpcUrl: string };
  address: string;
};

export function UploadCodeButton({ slug, version, codeHash, network, address }: Props) {
  const router = useRouter();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function upload() {
    setError(null);
    setStatus("Connecting…");
    const [{ ApiPromise, WsProvider }, { connectWallets }, { web3FromSource }] = await Promise.all([
      import("@polkadot/api"),
      import("@/lib/wallet/extension"),
      import("@polkadot/extension-dapp"),
    ]);
    const api = await ApiPromise.create({ provider: new WsProvider(network.rpcUrl, false), noInitWarn: true }).catch(
      () => null,
    );
    try {
      if (!api) throw new Error(`${network.name} (${network.rpcUrl}) cannot be reached from your browser.`);
      let hashes: { extrinsicHash?: string; blockHash?: string } = {};
      if (((await api.query.contracts.codeInfoOf(codeHash)) as unknown as { isSome: boolean }).isSome) {
        setStatus("The code is already there; recording it…");
      } else {
        const account = (await connectWallets()).find((a) => sameAccount(a.address, address));
        if (!account) throw new Error(`Your wallet does not share the account you signed in with (${address}).`);
        const wasm = new Uint8Array(await (await fetch(`/api/bricks/${slug}/versions/${version}/wasm`)).arrayBuffer());
        const { signer } = await web3FromSource(account.source);
        setStatus("Waiting for your wallet…");
        hashes = await new Promise((resolve, reject) => {
          api.tx.contracts
            .uploadCode(wasm, null, "Enforced")
            .signAndSend(account.address, { signer }, ({ status: s, dispatchError, txHash }) => {
              if (s.isReady || s.isBroadcast) setStatus("Submitted, waiting for a block…");
              if (dispatchError)
                return reject(
                  new Error(
                    dispatchError.isModule
                      ? (({ section, name }) => `${section}.${name}`)(
                          api.registry.findMetaError(dispatchError.asModule),
                        )
                      : dispatchError.toString(),
                  ),
                );
              // A fast chain may report Finalized without InBlock first: either proves inclusion.
              if (s.isInBlock) resolve({ extrinsicHash: txHash.toHex(), blockHash: s.asInBlock.toHex() });
              else if (s.isFinalized) resolve({ extrinsicHash: txHash.toHex(), blockHash: s.asFinalized.toHex() });
            })
            .catch(reject);
        });
        setStatus("In a block; the server checks the chain…");
      }
      const result = await recordCodeUploadAction({ slug, version, network: network.slug, ...hashes });
      if (!result.ok) throw new Error(result.message);
      setStatus(null);
      router.refresh();
    } catch (e) {
      setStatus(null);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      await api?.disconnect().catch(() => undefined);
    }
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" type="button" disabled={status !== null} onClick={() => void upload()}>
        Upload code
      </Button>
      {status && (
        <p className="text-xs text-stone-600" aria-live="polite">
          {status}
        </p>
      )}
      {error && (
        <p role="alert" className="max-w-xs text-right text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
