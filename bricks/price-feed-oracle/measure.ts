// What `npm run bricks:measure -- bricks/price-feed-oracle` deploys and times. `report` is missing on
// purpose: it forwards to the consumer, so it needs a consumer contract deployed and linked first,
// and a measure scenario cannot deploy another contract before this one (see README.md).
import { defineMeasure } from "../_kit/metadata/measure";

export default defineMeasure({
  constructor: "new",
  // The consumer is only stored at deploy (no call is made), so any account will do here.
  args: (a) => ["DOT / USD", 8, [a.bob, a.charlie], a.dave],
  calls: [
    { label: "add_reporter", message: "add_reporter", args: (a) => [a.dave] },
    { label: "is_reporter (query)", message: "is_reporter", args: (a) => [a.bob] },
    { label: "remove_reporter", message: "remove_reporter", args: (a) => [a.dave] },
    { label: "set_consumer", message: "set_consumer", args: (a) => [a.charlie] },
    { label: "latest (query)", message: "latest" },
  ],
});
