// A publish-form draft for the ink! v5 erc20 bundle in ../shared (read, not copied).
import { bundleText } from "../bricks/helpers";
import type { TCheckDraft } from "@/lib/publishing/schemas";

export function erc20Draft(over: Partial<TCheckDraft> = {}): TCheckDraft {
  return {
    bundleName: "erc20.contract",
    bundleText: bundleText("ink-v5-erc20"),
    slug: "erc20-test",
    name: "ERC-20 test",
    summary: "A fixed-supply token from the ink! examples, for tests.",
    description: "# ERC-20\n\nFixed supply.",
    category: "tokens",
    tagsText: "erc20, fixed-supply",
    version: "1.0.0",
    changelog: "First version.",
    networksText: "",
    configText: JSON.stringify({
      type: "object",
      required: ["totalSupply"],
      properties: { totalSupply: { type: "string", format: "token-amount", "x-decimals": 12, title: "Total supply" } },
    }),
    constructorName: "new",
    constructorArgs: [{ arg: "total_supply", kind: "field", field: "totalSupply", pick: "", value: "" }],
    linkText: "",
    settingsText: "",
    ...over,
  };
}
