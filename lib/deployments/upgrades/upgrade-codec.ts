// The codec of a version with its upgrade appended as a settings-shaped action, so set_code_hash is
// encoded and its revert explained through the codec's public interface like any other call. The id
// gets its own suffix: the codec and the parsed-version caches key on it.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { withUpgradeAction } from "@/lib/bricks/upgrade-action";
import { contractCodec, type TContractCodec, type TVersionLike } from "../codec";
import { parseVersion } from "../load-deploy-target";

export function upgradeCodec(api: ApiPromise, version: TVersionLike): TContractCodec {
  const { manifest } = parseVersion(version);
  return contractCodec(api, {
    id: `${version.id}#upgrade`,
    abi: version.abi,
    wasm: version.wasm,
    manifest: JSON.stringify(withUpgradeAction(manifest)),
  });
}
