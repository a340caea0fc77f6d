// What `npm run bricks:measure` does with this brick, and the ink! erc20 it is compared with.
import path from "node:path";
import { defineMeasure } from "../_kit/metadata/measure";

const UNIT = 10n ** 12n;
const transfers = [
  { label: "transfer (new recipient)", message: "transfer", args: (a: { bob: string }) => [a.bob, 100n * UNIT] },
  { label: "transfer (existing recipient)", message: "transfer", args: (a: { bob: string }) => [a.bob, 100n * UNIT] },
  { label: "approve", message: "approve", args: (a: { charlie: string }) => [a.charlie, 50n * UNIT] },
  {
    label: "transfer_from",
    message: "transfer_from",
    from: "charlie" as const,
    args: (a: { alice: string; bob: string }) => [a.alice, a.bob, 10n * UNIT],
  },
  { label: "balance_of (query)", message: "balance_of", args: (a: { bob: string }) => [a.bob] },
];

export default defineMeasure({
  constructor: "new",
  args: (a) => ["Brick Credits", "BRK", 12, 1_000_000n * UNIT, true, a.alice],
  calls: [...transfers, { label: "mint", message: "mint", args: (a) => [a.charlie, 5n * UNIT] }],
  reference: {
    name: "ink! 5 erc20",
    bundlePath: path.resolve(import.meta.dirname, "../../../shared/contracts/ink-v5-erc20.contract.json"),
    constructor: "new",
    args: () => [1_000_000n * UNIT],
    calls: transfers,
  },
});
