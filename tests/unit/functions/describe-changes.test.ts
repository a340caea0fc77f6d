// The words a configuration version shows for what changed: inputs by name, the trigger in plain
// words, secrets only by name (never a value), nothing for an unchanged save.
import { describe, expect, it } from "vitest";
import { describeChanges } from "@/lib/functions/config-versions/describe-changes";

const base = {
  name: "DOT price",
  input: { url: "https://a.example/p", path: "price", decimals: 8 },
  schedule: null,
  eventSourceId: null,
  eventName: null,
};

describe("describeChanges", () => {
  it("says nothing when nothing changed", () => {
    expect(
      describeChanges(base, { ...base, input: { decimals: 8, path: "price", url: "https://a.example/p" } }, []),
    ).toEqual([]);
  });
  it("names each changed input, the trigger in words and replaced secrets without their values", () => {
    const after = {
      ...base,
      name: "DOT feed",
      input: { ...base.input, path: "data.price", thresholdPercent: 1 },
      eventSourceId: "dep1",
      eventName: "ReporterAdded",
    };
    expect(describeChanges(base, after, ["API_KEY"])).toEqual([
      "Name: DOT price → DOT feed",
      "path: price → data.price",
      "thresholdPercent: (not set) → 1",
      "When it runs: only on “Run now” → when ReporterAdded is emitted",
      "Secret API_KEY replaced",
    ]);
    expect(describeChanges(base, { ...base, schedule: "0 * * * *" }, [])).toEqual([
      "When it runs: only on “Run now” → Every hour, on the hour",
    ]);
  });
});
