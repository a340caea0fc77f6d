// What `npm run bricks:measure` does with this brick: a year-long schedule with a 90-day cliff that
// started 180 days before the deploy, so a release after funding pays about half.
import { defineMeasure } from "../_kit/metadata/measure";

const UNIT = 10n ** 10n; // PAS and DOT have 10 decimals
const DAY = 86_400_000n;

export default defineMeasure({
  setup: async (h) => ({ start: (await h.now()) - 180n * DAY }),
  constructor: "new",
  args: (a) => [a.bob, a.start, 90n * DAY, 365n * DAY],
  calls: [
    { label: "fund (1,000 PAS attached)", message: "fund", value: 1000n * UNIT },
    { label: "releasable (query)", message: "releasable" },
    { label: "release (about half vested, by anyone)", message: "release", from: "dave" },
    { label: "vested_amount (query)", message: "vested_amount", args: () => [1_900_000_000_000n] },
  ],
});
