// What `npm run bricks:measure -- bricks/allowlist-registry` deploys and times (no ink! reference:
// ink!'s examples have no allowlist). The example consumer (bricks/_examples/consumer, standing in
// for "your contract") is deployed first; the last rows link it and time its check through the list.
import path from "node:path";
import { defineMeasure } from "../_kit/metadata/measure";

const CONSUMER = path.resolve(import.meta.dirname, "../_examples/consumer/dist/consumer.contract");

export default defineMeasure({
  setup: async (h) => void (await h.deploy("consumer", CONSUMER, "new")),
  constructor: "new",
  args: (a) => [[a.bob]],
  calls: [
    { label: "add", message: "add", args: (a) => [a.charlie] },
    { label: "is_allowed (query)", message: "is_allowed", args: (a) => [a.charlie] },
    { label: "add_many (2 accounts)", message: "add_many", args: (a) => [[a.dave, a.alice]] },
    { label: "remove", message: "remove", args: (a) => [a.charlie] },
    { label: "count (query)", message: "count" },
    { label: "transfer_ownership", message: "transfer_ownership", args: (a) => [a.bob] },
    {
      label: "set_allowlist on your contract (the link step; example consumer)",
      on: "consumer",
      message: "set_allowlist",
      args: (a) => [a.self],
    },
    {
      label: "check_allowed on your contract (calls is_allowed here; query)",
      on: "consumer",
      message: "check_allowed",
      args: (a) => [a.bob],
    },
  ],
});
