// The H160 a pallet-revive contract sees for an account (its mapped address), as an accountKey, so
// event arguments name team members and "you" on revive networks too.
import { h160OfAccount } from "@/lib/chain/platforms/revive/h160";

export function h160Keys(address: string): string[] {
  if (/^0x[0-9a-fA-F]{40}$/.test(address)) return [];
  try {
    return [h160OfAccount(address).toLowerCase()];
  } catch {
    return [];
  }
}
