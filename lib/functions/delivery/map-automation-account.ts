// pallet-revive knows a Substrate account by its mapped H160 only after it called revive.mapAccount
// once. An automation account has no person behind it to click "map": the worker maps it itself,
// signed with its own key, before its first delivery (a fee, no deposit beyond the mapping's).
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { KeyringPair } from "@polkadot/keyring/types";
import type { TPlatformAdapter } from "@/lib/chain/platforms";
import { submitSigned } from "./submit-signed";

export async function mapAutomationAccount(
  api: ApiPromise,
  platform: TPlatformAdapter,
  signer: KeyringPair,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const mapping = await platform.accountMapping(api, signer.address);
  if (!mapping.needed || mapping.mapped) return { ok: true };
  const tx = api.tx.revive.mapAccount();
  await tx.signAsync(signer, { nonce: -1 });
  const sent = await submitSigned(api, tx.toHex());
  const again = await platform.accountMapping(api, signer.address);
  if (again.needed && !again.mapped) {
    const why = "refused" in sent ? sent.refused : "the mapping is not on chain";
    return { ok: false, reason: `Could not map the automation account for pallet-revive (${why})` };
  }
  return { ok: true };
}
