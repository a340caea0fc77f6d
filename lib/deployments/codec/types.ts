// One interface for everything the deploy and operate flows ask of a brick's ABI: call data for a
// call the manifest describes (constructor, link step, settings action, query), a revert in words,
// a message's answer decoded, and a contract event decoded. Two implementations: ink! metadata
// through @polkadot/api-contract (ink.ts) and Solidity's Ethereum ABI through viem (solidity.ts);
// contractCodec (index.ts) picks one from the version's bundle kind, so no page or step branches.
import type { EventRecord } from "@polkadot/types/interfaces";
import type { EncodeContext } from "@/lib/bricks/abi-mapping";
import type { ArgTarget } from "@/lib/bricks/resolve-call";

export type TCallRef = { kind: "constructor" | "message"; label: string };

export type TDecodedEvent = { name: string; args: Record<string, unknown> };

export type TEncodedCall = {
  /** The argument values, JSON-safe (integers as decimal text), as stored and shown on the review. */
  args: unknown[];
  /** What the contract receives: selector ++ arguments (no length prefix). */
  data: Uint8Array;
  /** The function or message called (the constructor's name for a deploy). */
  label: string;
};

export interface TContractCodec {
  /** "ink" or "solidity": only for wording ("ink! message" / "Solidity function"). */
  readonly kind: "ink" | "solidity";
  /** The constructor's parameters in order, with their types as the ABI names them. */
  constructorParams(): { name: string; type: string }[];
  /** Encodes one call of the brick on its instance from the builder's answers (validated again here). */
  encodeCall(target: ArgTarget, answers: Record<string, unknown>, ctx: EncodeContext): TEncodedCall;
  /** Why a constructor or function reverted, from its output data, in words. */
  explainRevert(call: TCallRef, data: string): string;
  /** A message's answer (ink!'s Result<T, LangError> unwrapped), JSON-safe. */
  decodeResult(message: string, data: string): unknown;
  /** The value link.verify must answer for the link to count as proven. */
  linkExpectation(answers: Record<string, unknown>, ctx: EncodeContext): unknown;
  /** A ContractEmitted event of this contract, decoded; null when the ABI does not describe it. */
  decodeEvent(record: EventRecord): TDecodedEvent | null;
}
