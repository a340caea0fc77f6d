import { describe, expect, it } from "vitest";
import semver from "semver";
import { versionSortKey } from "@/lib/bricks/version-sort";

describe("versionSortKey", () => {
  it("pads each part so text order is version order", () => {
    expect(versionSortKey("1.2.3")).toBe("00001.00002.00003~");
    expect(versionSortKey("1.0.0-rc.2")).toBe("00001.00000.00000-rc.00002");
  });

  it("sorts like semver, prereleases before their release", () => {
    const versions = [
      "1.10.0",
      "1.2.0",
      "1.0.0",
      "1.0.0-rc.10",
      "1.0.0-rc.2",
      "1.0.0-beta",
      "0.9.9",
      "10.0.0",
      "1.0.1",
    ];
    const byKey = [...versions].sort((a, b) => (versionSortKey(a) < versionSortKey(b) ? -1 : 1));
    expect(byKey).toEqual([...versions].sort(semver.compare));
  });

  it("refuses what it cannot sort", () => {
    expect(() => versionSortKey("1.0")).toThrow(/not a semantic version/);
    expect(() => versionSortKey("100000.0.0")).toThrow(/above 99999/);
  });
});
