// The code hash pallet-revive records for PolkaVM code: keccak-256 of the blob (checked against the
// chain's own `revive.CodeInfoOf` / instantiate result in the revive integration tests).
import { keccak256, type Hex } from "viem";

export function codeHashOf(code: Hex | Uint8Array): Hex {
  return keccak256(code);
}
