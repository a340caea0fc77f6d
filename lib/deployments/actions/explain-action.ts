// A settings action's dry-run in the words of the person who runs it: a refusal names the account
// they are signed in as ("only the owner may do this — you are signed in as 5F…"), since that is
// usually what they can change.
import "server-only";
import type { TDryRun } from "@/lib/chain/dry-run";
import type { TContractCodec } from "../codec/types";
import { explainDryRun, type TVerdict } from "../explain-dry-run";

export function explainAction(
  codec: Pick<TContractCodec, "explainRevert">,
  message: string,
  dry: TDryRun,
  signer: string,
): TVerdict {
  const verdict = explainDryRun(codec, { kind: "message", label: message }, dry);
  if (verdict.ok || verdict.code !== "ContractReverted") return verdict;
  return { ...verdict, message: `${verdict.message.replace(/\.$/, "")} — you are signed in as ${signer}.` };
}
