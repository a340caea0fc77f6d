// One interface for the two contract platforms Brickyard deploys to. The deploy / track flow in
// lib/deployments talks to this only; which implementation it gets follows the network's platform
// (pallet-contracts: SS58 addresses, wasm, blake2 code hashes; pallet-revive: H160 addresses,
// PolkaVM, keccak code hashes, account mapping).
import type { ApiPromise } from "@polkadot/api";
import type { SubmittableExtrinsic } from "@polkadot/api/types";
import type { SignerPayloadJSON } from "@polkadot/types/types";
import type { HexString } from "@polkadot/util/types";
import type { TDryRun, TGas } from "@/lib/chain/dry-run";
import type { TOutcome } from "@/lib/chain/extrinsic-outcome";
import type { TContractPlatform } from "@/lib/networks/platform";

export type TCodeRef = { Existing: string } | { Upload: HexString };

export type TInstantiateArgs = {
  codeOnChain: boolean;
  codeHash: string;
  code: Uint8Array;
  /** Constructor call data without a length prefix. */
  inputData: HexString;
  salt: HexString;
  gasLimit: TGas;
  storageDepositLimit: bigint;
  value?: bigint;
};

/** Whether the signer can deploy as it is; pallet-revive needs each account mapped to its H160 once. */
export type TAccountMapping = { needed: false } | { needed: true; mapped: boolean; h160: string };

export interface TPlatformAdapter {
  readonly platform: TContractPlatform;
  /** Whether the chain already stores code with this hash (deploy then skips the upload). */
  isCodeStored(api: ApiPromise, codeHash: string): Promise<boolean>;
  dryRunInstantiate(
    api: ApiPromise,
    opts: { origin: string; code: TCodeRef; inputData: Uint8Array; salt: HexString; value?: bigint },
  ): Promise<TDryRun>;
  dryRunCall(
    api: ApiPromise,
    opts: { origin: string; dest: string; inputData: Uint8Array; value?: bigint },
  ): Promise<TDryRun>;
  /** The unsigned instantiate transaction (for the wallet's signPayload). */
  instantiateTx(api: ApiPromise, args: TInstantiateArgs): SubmittableExtrinsic<"promise">;
  callTx(
    api: ApiPromise,
    opts: {
      dest: string;
      inputData: HexString | Uint8Array;
      gasLimit: TGas;
      storageDepositLimit: bigint;
      value?: bigint;
    },
  ): SubmittableExtrinsic<"promise">;
  /** The address the instance will get (SS58 on pallet-contracts, 0x H160 on pallet-revive). */
  predictAddress(opts: {
    deployer: string;
    codeHash: string;
    code: Uint8Array;
    inputData: HexString | Uint8Array;
    salt: HexString | Uint8Array;
    ss58Prefix: number;
  }): string;
  /** The same, read back from a stored instantiate payload; null when the payload is not one. */
  predictedAddressOfPayload(
    api: ApiPromise,
    payload: SignerPayloadJSON,
    code: { hash: string; bytes: Uint8Array },
    ss58Prefix: number,
  ): string | null;
  /** Success, instances created and contract events of one included transaction. */
  readOutcome(api: ApiPromise, blockHash: string, extrinsicIndex: number): Promise<TOutcome>;
  /** The code hash the chain stores for the contract at `address`, or null when none lives there. */
  codeHashAt(api: ApiPromise, address: string): Promise<string | null>;
  /** Why `address` cannot be a contract's address on this platform (its form, a typo), in words; undefined when it can. */
  contractAddressProblem(address: string, networkName: string): string | undefined;
  /** An address in the form this platform shows and stores (SS58 with the prefix, or checksummed H160). */
  formatAddress(address: string, ss58Prefix: number): string;
  sameAddress(a: string, b: string): boolean;
  /** Whether `signer` must map its account before deploying, and whether it has. */
  accountMapping(api: ApiPromise, signer: string): Promise<TAccountMapping>;
}
