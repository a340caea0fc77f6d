import { describe, expect, it } from "vitest";
import { problemField } from "@/lib/publishing/problem-field";

describe("problemField: which box of the publish form a check problem belongs to", () => {
  it.each([
    ["$.name", "name"],
    ["$.summary", "summary"],
    ["$.version", "version"],
    ["$.tags[2]", "tagsText"],
    ["$.networks[0]", "networksText"],
    ["$.config.properties.total.default", "configText"],
    ['$.config["x-rules"][0]', "configText"],
    ["$.constructor.args.total_supply", "constructorArgs:total_supply"],
    ['$.constructor.args["weird-name"]', "constructorArgs:weird-name"],
    ["$.constructor.name", "constructorName"],
    ["$.constructor", "constructorName"],
    ["$.link.field", "linkText"],
    ["$.settings[0].config.properties.to", "settingsText"],
    ["$.contract", "bundleText"],
    ["$", "_"],
  ])("%s → %s", (path, field) => {
    expect(problemField(path)).toBe(field);
  });

  it("puts every problem in the bundle file on the bundle", () => {
    expect(problemField("$.source.hash", true)).toBe("bundleText");
  });
});
