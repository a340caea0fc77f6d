import { describe, expect, it } from "vitest";
import { versionRule } from "@/lib/publishing/version-rules";

const A = `0x${"aa".repeat(32)}`;
const B = `0x${"bb".repeat(32)}`;
const published = [
  { version: "1.0.0", codeHash: A },
  { version: "1.1.0", codeHash: B },
  { version: "2.0.0-rc.1", codeHash: A },
];

describe("semver rules for publishing", () => {
  it("accepts the first version of a new brick", () => {
    expect(versionRule({ version: "0.1.0", codeHash: A }, [])).toEqual({ ok: true, outcome: "new" });
  });

  it("accepts a version greater than every published one, prereleases included", () => {
    expect(versionRule({ version: "2.0.0", codeHash: B }, published)).toEqual({ ok: true, outcome: "new" });
    expect(versionRule({ version: "2.0.0-rc.2", codeHash: B }, published)).toEqual({ ok: true, outcome: "new" });
  });

  it("calls the same version with the same code unchanged (so CI can re-run)", () => {
    expect(versionRule({ version: "1.1.0", codeHash: B }, published)).toEqual({ ok: true, outcome: "unchanged" });
  });

  it("refuses the same version with another code hash, and says what to use", () => {
    const r = versionRule({ version: "1.1.0", codeHash: A }, published);
    expect(r).toMatchObject({ ok: false, suggestion: "2.0.0" });
    expect(!r.ok && r.message).toMatch(
      /already published with code hash 0xbb.*this bundle's code hash is 0xaa.*publish the new code as 2\.0\.0/,
    );
  });

  it("refuses a version that is not greater than the latest, even a backport", () => {
    const r = versionRule({ version: "1.0.1", codeHash: B }, published);
    expect(r).toEqual({
      ok: false,
      suggestion: "2.0.0",
      message: "Version 1.0.1 is not greater than the latest published version 2.0.0-rc.1. Use 2.0.0 or higher.",
    });
    expect(versionRule({ version: "2.0.0-alpha", codeHash: B }, published).ok).toBe(false);
  });

  it("refuses what is not semver", () => {
    for (const v of ["1.0", "v1.0.0", "1.0.0.0", " 1.0.0"])
      expect(versionRule({ version: v, codeHash: A }, []).ok).toBe(false);
  });
});
