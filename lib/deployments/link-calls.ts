// The link step's two calls: `record` (a transaction the user signs, on the new instance or on
// their own contract) and `verify` (a read-only query proving the link on chain). Both are encoded
// and decoded by the version's codec: calls on the instance with the brick's ABI, calls on the
// user's contract the codec's way for an unknown ABI (ink!'s conventions, or a Solidity brick's
// `link.interface`); the chain side is the platform adapter's.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { u8aToHex } from "@polkadot/util";
import { decodeAddress } from "@polkadot/util-crypto";
import type { EncodeContext } from "@/lib/bricks/abi-mapping";
import type { TManifest } from "@/lib/bricks/manifest-schema";
import { platformAdapter } from "@/lib/chain/platforms";
import { contractCodec, type TVersionLike } from "./codec";

type Target = { manifest: TManifest; version: TVersionLike; network: { platform: string } };
export type TLinkCtx = EncodeContext & { instance: string; linked: string; answers: Record<string, unknown> };

export function linkCall(api: ApiPromise, target: Target, step: "record" | "verify", ctx: TLinkCtx) {
  const spec = target.manifest.link?.[step];
  if (!spec) return null;
  const kind = step === "record" ? "link-record" : "link-verify";
  const { data } = contractCodec(api, target.version).encodeCall({ kind }, ctx.answers, ctx);
  return { dest: spec.on === "instance" ? ctx.instance : ctx.linked, data, label: spec.message, on: spec.on };
}

/** Why a link call would be (or was) refused, in words: the brick's ABI on the instance, the codec's guess on the user's contract. */
export function explainLinkRevert(
  api: ApiPromise,
  target: Target,
  on: "instance" | "linked",
  label: string,
  data: string,
) {
  const codec = contractCodec(api, target.version);
  return on === "instance"
    ? codec.explainRevert({ kind: "message", label }, data)
    : codec.linked.explainRevert(label, data);
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
    const why = explainLinkRevert(api, target, verify.on, verify.message, dry.data);
    return {
      verified: false,
      detail: `${where[0].toUpperCase()}${where.slice(1)} did not answer ${verify.message}: ${why}`,
    };
  }
  const expected = codec.linkExpectation(ctx.answers, ctx);
  if (verify.on === "linked") {
    const answer = codec.linked.answerIs(verify.message, dry.data, expected);
    return {
      verified: answer.ok,
      detail: answer.ok
        ? `Your contract's ${verify.message} answers ${String(expected)}.`
        : `Your contract's ${verify.message} answers ${answer.shown}, not ${String(expected)}.`,
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
      return actual.toLowerCase() === expected.toLowerCase();
    }
  }
  try {
    return BigInt(String(actual)) === BigInt(String(expected));
  } catch {
    return JSON.stringify(actual) === JSON.stringify(expected);
  }
}
