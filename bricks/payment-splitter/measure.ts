// What `npm run bricks:measure` does with this brick: payments in with value attached, then payouts
// (a payee's first, which stores their released amount, and a later one after more came in).
import { defineMeasure } from "../_kit/metadata/measure";

const UNIT = 10n ** 10n; // PAS and DOT have 10 decimals

export default defineMeasure({
  constructor: "new",
  args: (a) => [
    [a.alice, a.bob, a.charlie],
    [5000, 3000, 2000],
  ],
  calls: [
    { label: "receive (1,000 PAS attached)", message: "receive", value: 1000n * UNIT },
    { label: "releasable (query)", message: "releasable", args: (a) => [a.bob] },
    { label: "release (a payee's first payout)", message: "release", from: "dave", args: (a) => [a.bob] },
    {
      label: "release (a later payout)",
      message: "release",
      from: "dave",
      args: (a) => [a.bob],
      before: async (h) => void (await h.send("receive", [], { value: 1000n * UNIT })),
    },
    { label: "is_payee (query)", message: "is_payee", args: (a) => [a.bob] },
    { label: "payees (query, 3 payees)", message: "payees" },
  ],
});
