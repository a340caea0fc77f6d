// What `npm run bricks:measure` does with this brick. The measure script sends no value, so the
// splitter stays empty: `release` (which needs something due) is not in the table; its gas shows in
// the chain test's dry-runs.
import { defineMeasure } from "../_kit/metadata/measure";

export default defineMeasure({
  constructor: "new",
  args: (a) => [
    [a.alice, a.bob, a.charlie],
    [5000, 3000, 2000],
  ],
  calls: [
    { label: "receive (no value attached)", message: "receive" },
    { label: "releasable (query)", message: "releasable", args: (a) => [a.bob] },
    { label: "is_payee (query)", message: "is_payee", args: (a) => [a.bob] },
    { label: "payees (query, 3 payees)", message: "payees" },
  ],
});
