// What `npm run bricks:measure` does with this brick. Bob is the buyer, Charlie the seller, Dave the
// arbiter. One escrow goes deposit → dispute → resolve; release and the refund after the deadline
// each get a fresh, funded escrow (prepared without measuring). Time: each block moves the clock on
// by one slot and a dry-run sees the head's timestamp, so that deadline is set in slots.
import { defineMeasure, type MeasureContext, type MeasureHelpers } from "../_kit/metadata/measure";

const UNIT = 10n ** 10n; // PAS and DOT have 10 decimals
const DAY = 86_400_000n;
const AMOUNT = 25n * UNIT;

const deal = (a: MeasureContext, deadlineAfter = 30n * DAY) => [a.bob, a.charlie, a.dave, AMOUNT, deadlineAfter];
const deposit = async (h: MeasureHelpers) => void (await h.send("deposit", [], { from: "bob", value: AMOUNT }));

export default defineMeasure({
  constructor: "new",
  args: (a) => deal(a),
  calls: [
    { label: "status (query)", message: "status" },
    { label: "seller (query)", message: "seller" },
    { label: "deposit (the buyer pays 25 PAS in)", message: "deposit", from: "bob", value: AMOUNT },
    { label: "dispute (by the buyer)", message: "dispute", from: "bob" },
    { label: "resolve (the arbiter pays the seller)", message: "resolve", from: "dave", args: () => [true] },
    {
      label: "release (the buyer pays the seller)",
      message: "release",
      from: "bob",
      before: async (h) => {
        await h.redeploy();
        await deposit(h);
      },
    },
    {
      label: "refund (after the deadline, by anyone)",
      message: "refund",
      from: "alice",
      before: async (h) => {
        const t0 = await h.now();
        const slot = (await h.nextBlock()) - t0;
        // Created in block n, deposited in n+1, the deadline passes in n+2.
        await h.redeploy({ args: deal(h.ctx, slot + slot / 2n) });
        await deposit(h);
        await h.nextBlock();
      },
    },
  ],
});
