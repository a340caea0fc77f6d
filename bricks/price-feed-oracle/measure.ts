// What `npm run bricks:measure -- bricks/price-feed-oracle` deploys and times. The example consumer
// (bricks/_examples/consumer, standing in for "your contract") is deployed first and linked to the
// oracle (its set_feed, measured as a row), so `report` is measured delivering to a real consumer.
import path from "node:path";
import { defineMeasure } from "../_kit/metadata/measure";

const CONSUMER = path.resolve(import.meta.dirname, "../_examples/consumer/dist/consumer.contract");

export default defineMeasure({
  setup: async (h) => void (await h.deploy("consumer", CONSUMER, "new")),
  constructor: "new",
  args: (a) => ["DOT / USD", 8, [a.bob, a.charlie], a.consumer],
  calls: [
    {
      label: "set_feed on your contract (the link step; example consumer)",
      on: "consumer",
      message: "set_feed",
      args: (a) => [a.self],
    },
    {
      label: "report (first round, delivered to the consumer)",
      message: "report",
      from: "bob",
      args: () => [512_345_678n],
    },
    { label: "report (a later round)", message: "report", from: "charlie", args: () => [512_400_000n] },
    { label: "add_reporter", message: "add_reporter", args: (a) => [a.dave] },
    { label: "is_reporter (query)", message: "is_reporter", args: (a) => [a.bob] },
    { label: "remove_reporter", message: "remove_reporter", args: (a) => [a.dave] },
    { label: "set_consumer", message: "set_consumer", args: (a) => [a.consumer] },
    { label: "latest (query)", message: "latest" },
  ],
});
