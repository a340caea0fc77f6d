// The brick-owner half of the permission table, as a full matrix: every relation × every action.
import { describe, expect, it } from "vitest";
import {
  BRICK_PERMISSIONS,
  BRICK_RELATIONS,
  brickRelation,
  canBrick,
  type BrickAction,
  type BrickRelation,
} from "@/lib/auth/permissions";

const EXPECTED: Record<BrickAction, Record<BrickRelation, boolean>> = {
  "brick.version.publish": { owner: true, "platform-admin": true, auditor: false, none: false },
  "brick.deprecate": { owner: true, "platform-admin": true, auditor: false, none: false },
  "brick.yank": { owner: true, "platform-admin": true, auditor: false, none: false },
  "brick.transfer": { owner: true, "platform-admin": true, auditor: false, none: false },
  "brick.coaudit": { owner: true, "platform-admin": true, auditor: true, none: false },
};

describe("brick permission matrix", () => {
  for (const action of Object.keys(BRICK_PERMISSIONS) as BrickAction[]) {
    for (const relation of BRICK_RELATIONS) {
      it(`${relation} ${EXPECTED[action][relation] ? "may" : "may not"} ${action}`, () => {
        expect(canBrick(relation, action)).toBe(EXPECTED[action][relation]);
      });
    }
  }

  it("derives the relation from platform roles and ownership", () => {
    expect(brickRelation({ platformRoles: "auditor", ownsBrick: true })).toBe("owner");
    expect(brickRelation({ platformRoles: "auditor", ownsBrick: false })).toBe("auditor");
    expect(brickRelation({ platformRoles: "admin", ownsBrick: false })).toBe("platform-admin");
    // Owning a brick without the auditor role (revoked since) gives nothing.
    expect(brickRelation({ platformRoles: "", ownsBrick: true })).toBe("none");
  });
});
