// What `npm run bricks:measure` does with this brick. The measure script sends no value, so the
// wallet stays empty: `release` (which needs something vested) is not in the table.
import { defineMeasure } from "../_kit/metadata/measure";

const DAY = 86_400_000n;

export default defineMeasure({
  constructor: "new",
  args: (a) => [a.bob, 0n, 90n * DAY, 365n * DAY],
  calls: [
    { label: "fund (no value attached)", message: "fund" },
    { label: "releasable (query)", message: "releasable" },
    { label: "vested_amount (query)", message: "vested_amount", args: () => [1_900_000_000_000n] },
  ],
});
