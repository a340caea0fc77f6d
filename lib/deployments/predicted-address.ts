// The address an instantiate payload will create, read back from the payload's own call (data and
// salt), so it can be answered for a stored transaction without planning it again.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { platformAdapter } from "@/lib/chain/platforms";
import type { SignerPayloadJSON } from "@/lib/chain/signer-payload";

export function predictedAddressOf(
  api: ApiPromise,
  payload: SignerPayloadJSON,
  version: { codeHash: string; wasm: Uint8Array },
  network: { ss58Prefix: number; platform: string },
): string | null {
  const code = { hash: version.codeHash, bytes: version.wasm };
  return platformAdapter(network.platform).predictedAddressOfPayload(api, payload, code, network.ss58Prefix);
}
