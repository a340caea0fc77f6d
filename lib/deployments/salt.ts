// The instantiate salt, derived from the deploy's idempotency key: the same attempt always targets
// the same contract address (see lib/chain/contract-address.ts), so a retry cannot create a second
// instance — the chain refuses it as DuplicateContract.
import { blake2AsHex } from "@polkadot/util-crypto";

export function deploymentSalt(idempotencyKey: string): `0x${string}` {
  return blake2AsHex(`brickyard:deployment:${idempotencyKey}`, 256);
}
