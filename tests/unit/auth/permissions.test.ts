import { describe, expect, it } from "vitest";
import {
  assignableRoles,
  can,
  canPlatform,
  formatPlatformRoles,
  parsePlatformRoles,
  rolesAllowed,
  TEAM_PERMISSIONS,
} from "@/lib/auth/permissions";

describe("permission table", () => {
  it("lets only owners and admins manage a team, and everyone view or leave it", () => {
    expect(rolesAllowed("team.rename")).toEqual(["owner", "admin"]);
    expect(can("viewer", "team.invite")).toBe(false);
    expect(can("deployer", "deployment.create")).toBe(true);
    expect(can("viewer", "team.leave")).toBe(true);
    expect(can(undefined, "team.view")).toBe(false);
  });

  it("keeps owner-level changes for owners", () => {
    expect(assignableRoles("owner")).toEqual(["owner", "admin", "deployer", "viewer"]);
    expect(assignableRoles("admin")).toEqual(["admin", "deployer", "viewer"]);
    expect(assignableRoles("viewer")).toEqual([]);
  });

  it("never hands out a shared array a caller could mutate", () => {
    rolesAllowed("team.rename").push("viewer");
    expect(TEAM_PERMISSIONS["team.rename"]).toEqual(["owner", "admin"]);
  });

  it("reads and writes platform roles", () => {
    expect(parsePlatformRoles("admin, auditor,bogus")).toEqual(["admin", "auditor"]);
    expect(formatPlatformRoles(["admin", "auditor"])).toBe("auditor,admin");
    expect(canPlatform("auditor", "brick.publish")).toBe(true);
    expect(canPlatform(["auditor"], "auditor.grant")).toBe(false);
    expect(canPlatform("admin", "auditor.grant")).toBe(true);
  });
});
