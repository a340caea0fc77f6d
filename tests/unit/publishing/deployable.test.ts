import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertDeployable, deprecationWarning } from "@/lib/publishing/deployable";

const base = { version: "1.0.0", yankedAt: null, yankedReason: null, deprecatedAt: null, deprecatedReason: null };

describe("deployability", () => {
  it("lets an available version deploy without a warning", () => {
    expect(() => assertDeployable(base)).not.toThrow();
    expect(deprecationWarning(base)).toBeNull();
  });

  it("refuses a yanked version with its reason", () => {
    const yanked = { ...base, yankedAt: new Date(), yankedReason: "transfer can be re-entered" };
    expect(() => assertDeployable(yanked)).toThrow(AppError);
    expect(() => assertDeployable(yanked)).toThrow(
      "Version 1.0.0 was withdrawn (yanked): transfer can be re-entered. It cannot be deployed any more; choose a newer version.",
    );
  });

  it("warns about a deprecated version and names the newer one", () => {
    const dep = { ...base, deprecatedAt: new Date(), deprecatedReason: "superseded by 2.0.0" };
    expect(() => assertDeployable(dep)).not.toThrow();
    expect(deprecationWarning(dep, "2.0.0")).toBe(
      "Version 1.0.0 is deprecated: superseded by 2.0.0. You can still deploy it, but its auditors advise against it. Version 2.0.0 is available.",
    );
  });
});
