// What `npm run bricks:measure -- bricks/allowlist-registry` deploys and times (no ink! reference:
// ink!'s examples have no allowlist).
import { defineMeasure } from "../_kit/metadata/measure";

export default defineMeasure({
  constructor: "new",
  args: (a) => [[a.bob]],
  calls: [
    { label: "add", message: "add", args: (a) => [a.charlie] },
    { label: "is_allowed (query)", message: "is_allowed", args: (a) => [a.charlie] },
    { label: "add_many (2 accounts)", message: "add_many", args: (a) => [[a.dave, a.alice]] },
    { label: "remove", message: "remove", args: (a) => [a.charlie] },
    { label: "count (query)", message: "count" },
    { label: "transfer_ownership", message: "transfer_ownership", args: (a) => [a.bob] },
  ],
});
