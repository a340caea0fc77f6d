// What `npm run bricks:measure` does with this brick. The measure script sends no value, so the
// escrow cannot be funded: deposit, release, refund, dispute and resolve are not in the table.
import { defineMeasure } from "../_kit/metadata/measure";

const UNIT = 10n ** 10n; // PAS and DOT have 10 decimals
const DAY = 86_400_000n;

export default defineMeasure({
  constructor: "new",
  args: (a) => [a.bob, a.charlie, a.dave, 25n * UNIT, 30n * DAY],
  calls: [
    { label: "status (query)", message: "status" },
    { label: "seller (query)", message: "seller" },
  ],
});
