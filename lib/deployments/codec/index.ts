// The codec of a published brick version on one chain, chosen once from the version's bundle kind
// (ink! or Solidity) and cached: versions never change once published.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { parseVersion } from "../load-deploy-target";
import { inkCodec } from "./ink";
import { solidityCodec } from "./solidity";
import type { TContractCodec } from "./types";

export type { TCallRef, TContractCodec, TDecodedEvent, TEncodedCall } from "./types";

export type TVersionLike = { id: string; abi: string; manifest: string; wasm: Uint8Array };

const cache = new Map<string, TContractCodec>();

export function contractCodec(api: ApiPromise, version: TVersionLike): TContractCodec {
  const key = `${version.id}:${api.genesisHash.toHex()}`;
  let codec = cache.get(key);
  if (!codec) {
    const { manifest, bundle } = parseVersion(version);
    codec = bundle.kind === "solidity" ? solidityCodec(manifest, bundle) : inkCodec(api, version, manifest, bundle);
    cache.set(key, codec);
  }
  return codec;
}
