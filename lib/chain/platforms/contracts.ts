// pallet-contracts (ink! v4/v5 wasm, SS58 addresses): the behaviour the deploy flow always had,
// behind the platform interface.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { u8aToHex } from "@polkadot/util";
import { decodeAddress, encodeAddress } from "@polkadot/util-crypto";
import { predictContractAddress } from "@/lib/chain/contract-address";
import { dryRunCall, dryRunInstantiate } from "@/lib/chain/dry-run";
import { codeHashAt, readOutcome } from "@/lib/chain/extrinsic-outcome";
import { addressProblem } from "@/lib/bricks/config-formats";
import type { TPlatformAdapter } from "./types";

const weight = (api: ApiPromise, g: { refTime: bigint; proofSize: bigint }) => api.registry.createType("WeightV2", g);

export const contractsAdapter: TPlatformAdapter = {
  platform: "contracts",
  async isCodeStored(api, codeHash) {
    return ((await api.query.contracts.codeInfoOf(codeHash)) as unknown as { isSome: boolean }).isSome;
  },
  dryRunInstantiate: (api, opts) => dryRunInstantiate(api, opts),
  dryRunCall: (api, opts) => dryRunCall(api, opts),
  instantiateTx(api, a) {
    const gas = weight(api, a.gasLimit);
    return a.codeOnChain
      ? api.tx.contracts.instantiate(a.value ?? 0, gas, a.storageDepositLimit, a.codeHash, a.inputData, a.salt)
      : api.tx.contracts.instantiateWithCode(
          a.value ?? 0,
          gas,
          a.storageDepositLimit,
          u8aToHex(a.code),
          a.inputData,
          a.salt,
        );
  },
  callTx(api, o) {
    return api.tx.contracts.call(o.dest, o.value ?? 0, weight(api, o.gasLimit), o.storageDepositLimit, o.inputData);
  },
  predictAddress: (o) => predictContractAddress(o),
  predictedAddressOfPayload(api, payload, code, ss58Prefix) {
    const call = api.createType("Call", payload.method);
    if (call.section !== "contracts" || !["instantiate", "instantiateWithCode"].includes(call.method)) return null;
    return predictContractAddress({
      deployer: payload.address,
      codeHash: code.hash,
      inputData: call.args[4].toU8a(true),
      salt: call.args[5].toU8a(true),
      ss58Prefix,
    });
  },
  readOutcome: (api, blockHash, index) => readOutcome(api, blockHash, index, "contracts"),
  codeHashAt: (api, address) => codeHashAt(api, address),
  contractAddressProblem: (address, networkName) =>
    /^0x[0-9a-f]{40}$/i.test(address.trim())
      ? `Contracts on ${networkName} have SS58 addresses (they start with a letter or digit such as 5), not 0x addresses: a 0x address belongs to a pallet-revive network. Check the address, or pick the network where your contract lives`
      : addressProblem(address, "contract address"),
  formatAddress: (address, ss58Prefix) => encodeAddress(decodeAddress(address), ss58Prefix),
  sameAddress: (a, b) => u8aToHex(decodeAddress(a)) === u8aToHex(decodeAddress(b)),
  accountMapping: async () => ({ needed: false }),
};
