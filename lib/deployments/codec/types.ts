// One interface for everything the deploy and operate flows ask of a brick's ABI: call data for a
// call the manifest describes (constructor, link step, settings action, query), a revert in words,
// a message's answer decoded, and a contract event decoded. Two implementations: ink! metadata
// through @polkadot/api-contract (ink.ts) and Solidity's Ethereum ABI through viem (solidity.ts);
// contractCodec (index.ts) picks one from the version's bundle kind, so no page or step branches.
import type { EventRecord } from "@polkadot/types/interfaces";
import type { EncodeContext } from "@/lib/bricks/abi-mapping";
import type { ArgTarget } from "@/lib/bricks/resolve-call";
import type { TDryRun } from "@/lib/chain/dry-run";

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

/**
 * What the brick asks of the user's own contract (link.requiredMessages, link calls `on: "linked"`),
 * whose ABI Brickyard does not know: ink! bricks follow ink!'s conventions (blake2 selectors, SCALE),
 * Solidity bricks the Solidity signatures they declare (`link.interface`, encoded by viem).
 */
export interface TLinkedCodec {
  /** The selector (0x…, 4 bytes) of each function or message the user's contract must have. */
  required(labels: string[]): { label: string; selector: string }[];
  /** Dry-run call data asking the user's contract for one of them, with empty arguments. */
  probe(label: string): Uint8Array;
  /** A probe's dry-run: the contract has it, has not (unknown selector), or stopped with an error. */
  probeVerdict(dry: TDryRun): "has" | "missing" | "broken";
  /** Why a call on the user's contract reverted, in words. */
  explainRevert(label: string, data: string): string;
  /** Whether link.verify's answer (`data`) is `expected`, and the answer as shown to people. */
  answerIs(label: string, data: string, expected: unknown): { ok: boolean; shown: string };
}

export interface TContractCodec {
  /** "ink" or "solidity": only for wording ("ink! message" / "Solidity function"). */
  readonly kind: "ink" | "solidity";
  /** The constructor's parameters in order, with their types as the ABI names them. */
  constructorParams(): { name: string; type: string }[];
  /** Encodes one call the manifest describes (on the instance, or on the linked contract for link calls), from the builder's answers (validated again here). */
  encodeCall(target: ArgTarget, answers: Record<string, unknown>, ctx: EncodeContext): TEncodedCall;
  /** Why a constructor or function reverted, from its output data, in words. */
  explainRevert(call: TCallRef, data: string): string;
  /** A message's answer (ink!'s Result<T, LangError> unwrapped), JSON-safe. */
  decodeResult(message: string, data: string): unknown;
  /** The value link.verify must answer for the link to count as proven. */
  linkExpectation(answers: Record<string, unknown>, ctx: EncodeContext): unknown;
  /** A ContractEmitted event of this contract, decoded; null when the ABI does not describe it. */
  decodeEvent(record: EventRecord): TDecodedEvent | null;
  /** The selectors (0x…) of every function or message this brick's contract has. */
  selectors(): string[];
  /** Calls on the user's own contract. `encodeCall` encodes link calls `on: "linked"` the same way. */
  readonly linked: TLinkedCodec;
}
