// A run's delivery in plain words, for the run view and the API: "Delivered, finalized" only once
// the block is final; "Included in block #n" before that; "Nothing to deliver" when the function
// returned no output; the failure reason otherwise.
export type TDeliveryView = {
  state: "none" | "nothing" | "sending" | "included" | "finalized" | "failed";
  label: string;
  detail: string | null;
  extrinsicHash: string | null;
  blockNumber: number | null;
};

export function describeDelivery(
  run: { status: string; output: string | null },
  delivery: {
    status: string;
    blockNumber: number | null;
    extrinsicHash: string | null;
    failureReason: string | null;
  } | null,
  instanceDelivers: boolean,
): TDeliveryView {
  const base = { extrinsicHash: delivery?.extrinsicHash ?? null, blockNumber: delivery?.blockNumber ?? null };
  if (!delivery) {
    if (instanceDelivers && run.status === "succeeded" && (run.output === null || run.output === "null")) {
      return {
        ...base,
        state: "nothing",
        label: "Nothing to deliver",
        detail: "The function returned no output this time.",
      };
    }
    return { ...base, state: "none", label: "Not delivered", detail: null };
  }
  switch (delivery.status) {
    case "finalized":
      return {
        ...base,
        state: "finalized",
        label: "Delivered, finalized",
        detail: `Block #${delivery.blockNumber} is final.`,
      };
    case "in_block":
      return {
        ...base,
        state: "included",
        label: "Included",
        detail: `In block #${delivery.blockNumber}; not final yet.`,
      };
    case "signed":
      return { ...base, state: "sending", label: "Sending", detail: "Signed and sent; waiting for a block." };
    default:
      return { ...base, state: "failed", label: "Delivery failed", detail: delivery.failureReason };
  }
}
