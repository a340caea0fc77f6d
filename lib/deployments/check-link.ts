// The link field, checked live on the chosen network before anything is signed: a valid SS58
// address, a contract lives there, and it answers every message the brick needs (requiredMessages),
// asked with a dry-run. Each failure has its own message.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { u8aConcat } from "@polkadot/util";
import { checkContractAddress } from "@/lib/bricks/check-contract-address";
import { dryRunCall } from "@/lib/chain/dry-run";
import { inkSelector } from "./unknown-abi";

export type TLinkCheck = { ok: true; codeHash: string; messages: string[] } | { ok: false; message: string };

// Zero bytes stand in for the arguments: SCALE reads them as 0, false, "", [] or None, so the
// message runs; an unknown selector answers ink!'s LangError::CouldNotReadInput (0x0101) instead.
const FILLER = new Uint8Array(96);

export async function checkLink(
  api: ApiPromise,
  opts: { address: string; requiredMessages: string[]; origin: string; networkName: string },
): Promise<TLinkCheck> {
  const exists = await checkContractAddress(opts.address, api, { networkName: opts.networkName });
  if (!exists.ok) return exists;
  const address = opts.address.trim();
  const missing: string[] = [];
  const broken: string[] = [];
  for (const label of opts.requiredMessages) {
    const dry = await dryRunCall(api, {
      origin: opts.origin,
      dest: address,
      inputData: u8aConcat(inkSelector(label), FILLER),
    });
    if (dry.ok && dry.reverted && dry.data === "0x0101") missing.push(label);
    else if (!dry.ok && dry.error.code !== "contracts.ContractReverted") broken.push(label);
  }
  if (missing.length > 0) {
    const list = missing.join(", ");
    return {
      ok: false,
      message: `The contract at this address does not have ${missing.length === 1 ? "the message" : "the messages"} ${list}, which this brick needs. Check that this is the contract you meant to link.`,
    };
  }
  if (broken.length > 0) {
    return {
      ok: false,
      message: `The contract at this address has ${broken.join(", ")}, but stopped with an error when asked. It may not be built for this brick.`,
    };
  }
  return { ok: true, codeHash: exists.codeHash, messages: opts.requiredMessages };
}
