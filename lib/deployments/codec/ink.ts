// The codec of ink! bricks (v4/v5 on pallet-contracts, v6 on pallet-revive): @polkadot/api-contract
// encodes and decodes with the bundle's metadata; the argument values come from encodeArgs.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { hexToU8a } from "@polkadot/util";
import { encodeArgs, encodeLinkExpectation } from "@/lib/bricks/abi-mapping";
import type { ContractBundle } from "@/lib/bricks/bundle";
import type { TManifest } from "@/lib/bricks/manifest-schema";
import { callData, contractAbi, decodeContractEvent, explainRevert } from "../contract-abi";
import { inkLinkedCallData, inkLinkedCodec } from "./ink-linked";
import { messageOf, onLinked } from "./message-of";
import type { TContractCodec } from "./types";

/** ink! messages answer Result<T, LangError>: { ok: T }. */
function unwrapOk(v: unknown): unknown {
  return v && typeof v === "object" && !Array.isArray(v) && "ok" in v ? (v as { ok: unknown }).ok : v;
}

export function inkCodec(
  api: ApiPromise,
  version: { id: string; abi: string },
  manifest: TManifest,
  bundle: ContractBundle,
): TContractCodec {
  const abi = contractAbi(api, version);
  return {
    kind: "ink",
    constructorParams: () =>
      (bundle.constructors.find((c) => c.label === manifest.constructor.name)?.args ?? []).map((a) => ({
        name: a.name,
        type: a.typeName,
      })),
    encodeCall(target, answers, ctx) {
      const label = messageOf(manifest, target);
      if (onLinked(manifest, target))
        return { ...inkLinkedCallData(api, manifest, bundle, target.kind, answers, ctx), label };
      const args = encodeArgs(manifest, bundle, answers, ctx, target);
      const spec = target.kind === "constructor" ? abi.findConstructor(label) : abi.findMessage(label);
      return { args, data: callData(spec.toU8a(args)), label };
    },
    explainRevert: (call, data) => explainRevert(abi, call, data),
    decodeResult(message, data) {
      const type = abi.findMessage(message).returnType!;
      return unwrapOk(abi.registry.createTypeUnsafe(type.lookupName || type.type, [hexToU8a(data)]).toPrimitive());
    },
    linkExpectation: (answers, ctx) => encodeLinkExpectation(manifest, bundle, answers, ctx),
    decodeEvent: (record) => decodeContractEvent(abi, record),
    selectors: () => abi.messages.map((m) => m.selector.toHex()),
    linked: inkLinkedCodec(api, manifest),
  };
}
