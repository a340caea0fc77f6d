// ink! bricks' calls on the user's own contract (link step, live check): ink!'s conventions stand in
// for its unknown ABI (unknown-abi.ts): blake2 selectors, SCALE arguments, answers compared as bytes.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { u8aConcat, u8aToHex } from "@polkadot/util";
import { encodeArgs, type EncodeContext } from "@/lib/bricks/abi-mapping";
import type { ContractBundle } from "@/lib/bricks/bundle";
import type { JsonSchema } from "@/lib/bricks/json-schema";
import type { TManifest } from "@/lib/bricks/manifest-schema";
import { encodeUnknownArg, inkSelector, replyCarries, unknownCallData } from "../unknown-abi";
import type { TLinkedCodec } from "./types";

// Zero bytes stand in for the arguments: SCALE reads them as 0, false, "", [] or None, so the
// message runs; an unknown selector answers ink!'s LangError::CouldNotReadInput (0x0101) instead.
const FILLER = new Uint8Array(96);

/** A link call on the user's contract: selector ++ SCALE arguments typed from their sources. */
export function inkLinkedCallData(
  api: ApiPromise,
  manifest: TManifest,
  bundle: ContractBundle,
  kind: "link-record" | "link-verify",
  answers: Record<string, unknown>,
  ctx: EncodeContext,
): { args: unknown[]; data: Uint8Array } {
  const spec = kind === "link-record" ? manifest.link!.record! : manifest.link!.verify!;
  const values = encodeArgs(manifest, bundle, answers, ctx, { kind });
  const args = Object.values(spec.args).map((source, i) => ({ source, value: values[i] }));
  return { args: values, data: unknownCallData(api.registry, spec.message, args, manifest.config as JsonSchema) };
}

export function inkLinkedCodec(api: ApiPromise, manifest: TManifest): TLinkedCodec {
  return {
    required: (labels) => labels.map((label) => ({ label, selector: u8aToHex(inkSelector(label)) })),
    probe: (label) => u8aConcat(inkSelector(label), FILLER),
    probeVerdict(dry) {
      if (dry.ok && dry.reverted && dry.data === "0x0101") return "missing";
      if (!dry.ok && dry.error.code !== "contracts.ContractReverted") return "broken";
      return "has";
    },
    explainRevert: (_label, data) => `it reverted with ${data}`,
    answerIs(_label, data, expected) {
      const verify = manifest.link!.verify!;
      const bytes = encodeUnknownArg(api.registry, verify.equals, expected, manifest.config as JsonSchema);
      const ok = replyCarries(data, bytes);
      return { ok, shown: ok ? String(expected) : data };
    },
  };
}
