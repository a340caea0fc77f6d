// The address an instantiate payload will create, read back from the payload's own call (data and
// salt), so it can be answered for a stored transaction without planning it again.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { predictContractAddress } from "@/lib/chain/contract-address";
import type { SignerPayloadJSON } from "@/lib/chain/signer-payload";

export function predictedAddressOf(api: ApiPromise, payload: SignerPayloadJSON, codeHash: string, ss58Prefix: number): string | null {
  const call = api.createType("Call", payload.method);
  if (call.section !== "contracts" || !["instantiate", "instantiateWithCode"].includes(call.method)) return null;
  return predictContractAddress({ deployer: payload.address, codeHash, inputData: call.args[4].toU8a(true), salt: call.args[5].toU8a(true), ss58Prefix });
}
