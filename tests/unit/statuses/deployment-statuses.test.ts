// The one statuses module: in flight / on chain answers, the allowed moves, and words for each status.
import { describe, expect, it } from "vitest";
import { canMove, DEPLOYMENT_STATUSES, isInFlight, isOnChain } from "@/lib/statuses/deployment-statuses";
import { deploymentStatusWords, versionStatusWords } from "@/lib/statuses/status-words";

describe("deployment statuses", () => {
  it("says which statuses are in flight and which are on chain", () => {
    expect(DEPLOYMENT_STATUSES.filter(isInFlight)).toEqual(["signed", "in_block"]);
    expect(DEPLOYMENT_STATUSES.filter(isOnChain)).toEqual(["in_block", "finalized"]);
    expect(isInFlight(null)).toBe(false);
    expect(isOnChain(undefined)).toBe(false);
  });

  it("allows the tracker's moves and no others", () => {
    expect(canMove("signed", "in_block")).toBe(true);
    expect(canMove("in_block", "signed")).toBe(true); // a re-org
    expect(canMove("finalized", "missing_on_chain")).toBe(true);
    expect(canMove("finalized", "failed")).toBe(false);
    expect(canMove("failed", "signed")).toBe(false);
    expect(canMove("nonsense", "signed")).toBe(false);
  });

  it("has words for every status, and says withdrawn for a yanked version", () => {
    for (const s of DEPLOYMENT_STATUSES) expect(deploymentStatusWords(s).label).not.toBe(s);
    expect(versionStatusWords({ yankedAt: new Date(), yankedReason: "bug", deprecatedAt: null }).label).toBe(
      "Withdrawn (yanked): bug",
    );
  });
});
