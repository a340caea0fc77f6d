// The link step's two calls: `record` (a transaction the user signs, on the new instance or on
// their own contract) and `verify` (a read-only query proving the link on chain). Calls on the
// instance use the brick's ABI; calls on the user's contract follow ink! conventions (unknown-abi.ts).
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { u8aToHex } from "@polkadot/util";
import { decodeAddress } from "@polkadot/util-crypto";
import { encodeArgs, type EncodeContext } from "@/lib/bricks/abi-mapping";
import type { JsonSchema } from "@/lib/bricks/json-schema";
import { platformAdapter } from "@/lib/chain/platforms";
import { contractCodec, type TVersionLike } from "./codec";
import type { TDeployTargetLoaded } from "./load-deploy-target";
import { replyCarries, unknownCallData, encodeUnknownArg } from "./unknown-abi";

type Target = Pick<TDeployTargetLoaded, "manifest" | "bundle"> & {
  version: TVersionLike;
  network: { platform: string };
};
export type TLinkCtx = EncodeContext & { instance: string; linked: string; answers: Record<string, unknown> };

export function linkCall(api: ApiPromise, target: Target, step: "record" | "verify", ctx: TLinkCtx) {
  const spec = target.manifest.link?.[step];
  if (!spec) return null;
  const kind = step === "record" ? "link-record" : "link-verify";
  const dest = spec.on === "instance" ? ctx.instance : ctx.linked;
  if (spec.on === "instance") {
    const { data } = contractCodec(api, target.version).encodeCall({ kind }, ctx.answers, ctx);
    return { dest, data, label: spec.message, on: spec.on };
  }
  const values = encodeArgs(target.manifest, target.bundle, ctx.answers, ctx, { kind });
  const mapping = Object.entries(spec.args);
  const args = mapping.map(([, source], i) => ({ source, value: values[i] }));
  return {
    dest,
    data: unknownCallData(api.registry, spec.message, args, target.manifest.config as JsonSchema),
    label: spec.message,
    on: spec.on,
  };
}

export type TLinkProof = { verified: boolean; detail: string };

/** Asks the chain whether the link holds: link.verify's answer must equal its `equals` source. */
export async function proveLink(api: ApiPromise, target: Target, ctx: TLinkCtx): Promise<TLinkProof | null> {
  const verify = target.manifest.link?.verify;
  const call = linkCall(api, target, "verify", ctx);
  if (!verify || !call) return null;
  const where = verify.on === "instance" ? "the new instance" : "your contract";
  const dry = await platformAdapter(target.network.platform).dryRunCall(api, {
    origin: ctx.signer,
    dest: call.dest,
    inputData: call.data,
  });
  if (!dry.ok) return { verified: false, detail: `Asking ${where} (${verify.message}) failed: ${dry.error.message}` };
  const codec = contractCodec(api, target.version);
  if (dry.reverted) {
    const why =
      verify.on === "instance"
        ? codec.explainRevert({ kind: "message", label: verify.message }, dry.data)
        : `it reverted with ${dry.data}`;
    return {
      verified: false,
      detail: `${where[0].toUpperCase()}${where.slice(1)} did not answer ${verify.message}: ${why}`,
    };
  }
  const expected = codec.linkExpectation(ctx.answers, ctx);
  if (verify.on === "linked") {
    const bytes = encodeUnknownArg(api.registry, verify.equals, expected, target.manifest.config as JsonSchema);
    const ok = replyCarries(dry.data, bytes);
    return {
      verified: ok,
      detail: ok
        ? `Your contract's ${verify.message} answers ${String(expected)}.`
        : `Your contract's ${verify.message} answers ${dry.data}, not ${String(expected)}.`,
    };
  }
  const actual = codec.decodeResult(verify.message, dry.data);
  const ok = same(actual, expected);
  return {
    verified: ok,
    detail: ok
      ? `The instance's ${verify.message} answers ${String(actual)}, as expected.`
      : `The instance's ${verify.message} answers ${String(actual)}, expected ${String(expected)}.`,
  };
}

function same(actual: unknown, expected: unknown): boolean {
  if (typeof expected === "string" && typeof actual === "string" && expected.length > 40) {
    try {
      return u8aToHex(decodeAddress(actual)) === u8aToHex(decodeAddress(expected));
    } catch {
      return actual === expected;
    }
  }
  try {
    return BigInt(String(actual)) === BigInt(String(expected));
  } catch {
    return JSON.stringify(actual) === JSON.stringify(expected);
  }
}
