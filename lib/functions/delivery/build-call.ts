// The contract call one run's output turns into: arguments from the delivery mapping (validated
// against the declared output schema), as api-contract argument values.
import "server-only";
import { encodeArgs } from "@/lib/bricks/abi-mapping";
import { DELIVERY_ACTION, deliveryManifest, ZDeliverySpec } from "./delivery-spec";
import { targetBundle } from "./target-abi";

export function buildDeliveryCall(opts: {
  delivery: string;
  targetAbi: string;
  targetAddress: string;
  signer: string;
  output: unknown;
}): { message: string; args: unknown[] } {
  const spec = ZDeliverySpec.parse(JSON.parse(opts.delivery));
  const bundle = targetBundle(opts.targetAbi);
  const answers = opts.output && typeof opts.output === "object" ? (opts.output as Record<string, unknown>) : {};
  const args = encodeArgs(
    deliveryManifest(spec),
    bundle,
    answers,
    { signer: opts.signer, instance: opts.targetAddress },
    { kind: "settings", id: DELIVERY_ACTION },
  );
  return { message: spec.message, args };
}
