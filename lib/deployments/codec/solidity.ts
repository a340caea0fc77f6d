// The codec of Solidity bricks (resolc PolkaVM code on pallet-revive): the Ethereum ABI encoded and
// decoded by viem — constructor data without bytecode (revive takes code and data apart), function
// calls by name (check-mapping refuses overloads), reverts as Error(string) / Panic / custom errors,
// and logs (revive's ContractEmitted data + topics) as named events.
import "server-only";
import type { EventRecord } from "@polkadot/types/interfaces";
import {
  decodeEventLog,
  decodeFunctionResult,
  encodeDeployData,
  encodeFunctionData,
  hexToBytes,
  toFunctionSelector,
  type AbiFunction,
  type Hex,
} from "viem";
import type { TManifest } from "@/lib/bricks/manifest-schema";
import type { SolidityBundle } from "@/lib/bricks/kinds/solidity/parse-bundle";
import { explainSolidityRevert } from "@/lib/chain/platforms/revive/solidity/explain-revert";
import { AppError } from "@/lib/errors";
import { messageOf, onLinked } from "./message-of";
import { linkedCallData, linkedFunction, solidityLinkedCodec } from "./solidity-linked";
import { solidityArgs, solidityExpected } from "./solidity-args";
import type { TContractCodec } from "./types";

/** JSON-safe: integers as decimal text, recursively (what the review shows and the row stores). */
export function plainValue(v: unknown): unknown {
  if (typeof v === "bigint") return v.toString();
  if (Array.isArray(v)) return v.map(plainValue);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainValue(x)]));
  return v;
}

const ZERO_ADDRESS = /^0x0{40}$/;

/** In a log the zero address means "nobody" (a mint's from, a burn's to): shown as such, like ink!'s None. */
function noneForZero(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(args).map(([k, v]) => [k, typeof v === "string" && ZERO_ADDRESS.test(v) ? null : v]),
  );
}

export function solidityCodec(manifest: TManifest, bundle: SolidityBundle): TContractCodec {
  const abi = bundle.abi;
  const fn = (name: string): AbiFunction => {
    const found = bundle.functions.find((f) => f.name === name);
    if (!found) throw new AppError("NOT_FOUND", { userMessage: `The contract has no function "${name}".` });
    return found;
  };
  return {
    kind: "solidity",
    constructorParams: () =>
      (bundle.constructorAbi?.inputs ?? []).map((p, i) => ({ name: p.name || `arg${i}`, type: p.type })),
    encodeCall(target, answers, ctx) {
      const label = messageOf(manifest, target);
      if (target.kind === "constructor") {
        const args = solidityArgs(manifest, target, bundle.constructorAbi?.inputs ?? [], answers, ctx);
        const data = encodeDeployData({ abi, bytecode: "0x", args } as Parameters<typeof encodeDeployData>[0]);
        return { args: plainValue(args) as unknown[], data: hexToBytes(data), label };
      }
      if (onLinked(manifest, target)) {
        const f = linkedFunction(manifest, label);
        const args = solidityArgs(manifest, target, f.inputs, answers, ctx);
        return { args: plainValue(args) as unknown[], data: linkedCallData(f, args), label };
      }
      const f = fn(label);
      const args = solidityArgs(manifest, target, f.inputs, answers, ctx);
      const data = encodeFunctionData({ abi: [f], functionName: f.name, args } as Parameters<
        typeof encodeFunctionData
      >[0]);
      return { args: plainValue(args) as unknown[], data: hexToBytes(data), label };
    },
    explainRevert: (_call, data) => explainSolidityRevert(abi, data as Hex),
    decodeResult(message, data) {
      const f = fn(message);
      return plainValue(decodeFunctionResult({ abi: [f], functionName: f.name, data: data as Hex }));
    },
    linkExpectation(answers, ctx) {
      const verify = manifest.link?.verify;
      if (!verify) throw new AppError("BAD_INPUT", { userMessage: "This brick has no link check" });
      const f = verify.on === "linked" ? linkedFunction(manifest, verify.message) : fn(verify.message);
      return plainValue(solidityExpected(manifest, f.outputs[0], answers, ctx));
    },
    decodeEvent(record: EventRecord) {
      // revive's ContractEmitted { contract, data, topics }: the log as Ethereum has it.
      const [, data, topics] = record.event.data as unknown as [unknown, { toHex(): Hex }, { toHex(): Hex }[]];
      try {
        const log = decodeEventLog({
          abi,
          data: data.toHex(),
          topics: topics.map((t) => t.toHex()) as [Hex, ...Hex[]],
        });
        return {
          name: log.eventName ?? "Unknown event",
          args: noneForZero(plainValue(log.args ?? {}) as Record<string, unknown>),
        };
      } catch {
        return null;
      }
    },
    selectors: () => bundle.functions.map((f) => toFunctionSelector(f)),
    linked: solidityLinkedCodec(manifest),
  };
}
