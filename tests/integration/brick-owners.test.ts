// Bricks have owners: the first publisher owns a brick; other auditors may co-audit an existing
// version but not publish, deprecate or yank; platform admins may; ownership moves only by transfer.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getBrickOwners } from "@/lib/bricks/owners/get-brick-owners";
import { transferBrick } from "@/lib/bricks/owners/transfer-brick";
import { deprecateVersion } from "@/lib/publishing/deprecate-version";
import { publishVersion } from "@/lib/publishing/publish-version";
import { yankVersion } from "@/lib/publishing/yank-version";
import { erc20Manifest, makePerson, REPORT, sharedBundle, slugFor, type Person } from "./publish-fixture";

let alice: Person, bob: Person, admin: Person;
beforeAll(async () => {
  [alice, bob, admin] = await Promise.all([
    makePerson("Alice auditor", "auditor"),
    makePerson("Bob auditor", "auditor"),
    makePerson("Admin", "auditor,admin"),
  ]);
});

const publish = (actor: Person, slug: string, version: string, bundle = sharedBundle("ink-v5-erc20")) =>
  publishVersion({
    actorId: actor.id,
    manifest: erc20Manifest(slug, version),
    bundleText: bundle,
    report: REPORT,
    source: "ui",
  });
const reason = "Superseded by a fixed version.";
const rows = (slug: string) =>
  Promise.all([
    db.brickVersion.count({ where: { brick: { slug } } }),
    db.audit.count({ where: { brickVersion: { brick: { slug } } } }),
  ]);

describe("brick owners", () => {
  it("makes the first publisher the owner and refuses other auditors' versions, writing nothing", async () => {
    const slug = slugFor("owned");
    await publish(alice, slug, "1.0.0");
    expect(await db.brick.findUniqueOrThrow({ where: { slug } })).toMatchObject({
      ownerUserId: alice.id,
      ownerTeamId: null,
    });
    const before = await rows(slug);
    await expect(publish(bob, slug, "1.1.0", sharedBundle("ink-v4-erc20"))).rejects.toMatchObject({
      code: "FORBIDDEN",
      userMessage: expect.stringMatching(/owners and platform admins/),
    });
    await expect(deprecateVersion({ actorId: bob.id, slug, version: "1.0.0", reason })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(yankVersion({ actorId: bob.id, slug, version: "1.0.0", reason })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await rows(slug)).toEqual(before);
    expect(await db.brickVersion.findFirstOrThrow({ where: { brick: { slug } } })).toMatchObject({
      deprecatedAt: null,
      yankedAt: null,
    });
    // The owner may.
    await expect(publish(alice, slug, "1.1.0", sharedBundle("ink-v4-erc20"))).resolves.toMatchObject({
      outcome: "created",
    });
  });

  it("lets another auditor co-audit an existing version once, and a platform admin act on any brick", async () => {
    const slug = slugFor("coaudit");
    await publish(alice, slug, "1.0.0");
    await expect(publish(bob, slug, "1.0.0")).resolves.toMatchObject({
      outcome: "co-audited",
      auditId: expect.any(String),
    });
    await expect(publish(bob, slug, "1.0.0")).resolves.toMatchObject({ outcome: "unchanged" });
    expect(
      await db.audit.findMany({
        where: { brickVersion: { brick: { slug } } },
        select: { auditorId: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([{ auditorId: alice.id }, { auditorId: bob.id }]);
    await expect(deprecateVersion({ actorId: admin.id, slug, version: "1.0.0", reason })).resolves.toMatchObject({
      deprecatedReason: reason,
    });
  });

  it("keeps seeded (platform-owned) bricks for platform admins", async () => {
    const slug = slugFor("seeded");
    await publish(alice, slug, "1.0.0");
    await db.brick.update({ where: { slug }, data: { ownerUserId: null, ownerTeamId: null } });
    await expect(publish(alice, slug, "1.1.0", sharedBundle("ink-v4-erc20"))).rejects.toMatchObject({
      code: "FORBIDDEN",
      userMessage: expect.stringMatching(/the platform/),
    });
    await expect(publish(admin, slug, "1.1.0", sharedBundle("ink-v4-erc20"))).resolves.toMatchObject({
      outcome: "created",
    });
  });

  it("moves ownership only by an explicit transfer from an owner to an auditor", async () => {
    const slug = slugFor("transfer");
    await publish(alice, slug, "1.0.0");
    const builder = await makePerson("Builder");
    await expect(transferBrick({ actorId: bob.id, slug, toAddress: bob.pair.address })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(transferBrick({ actorId: alice.id, slug, toAddress: builder.pair.address })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { toAddress: ["Not an auditor."] },
    });
    await expect(transferBrick({ actorId: alice.id, slug, toAddress: "not an address" })).rejects.toMatchObject({
      name: "ZodError",
    });
    await expect(transferBrick({ actorId: alice.id, slug, toAddress: bob.pair.address })).resolves.toMatchObject({
      ownerUserId: bob.id,
    });
    await expect(publish(alice, slug, "1.1.0", sharedBundle("ink-v4-erc20"))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(yankVersion({ actorId: bob.id, slug, version: "1.0.0", reason })).resolves.toMatchObject({
      yankedReason: reason,
    });
    expect(await db.auditLogEntry.count({ where: { action: "brick.transfer", target: `brick:${slug}` } })).toBe(1);
  });

  it("shows the owners on the management page, with the transfer form for owners and admins only", async () => {
    const slug = slugFor("owners-panel");
    await publish(alice, slug, "1.0.0");
    await expect(getBrickOwners({ actorId: alice.id, slug })).resolves.toMatchObject({
      user: { isYou: true, address: alice.pair.address },
      team: null,
      canTransfer: true,
    });
    await expect(getBrickOwners({ actorId: bob.id, slug })).resolves.toMatchObject({
      user: { isYou: false, name: "Alice auditor" },
      canTransfer: false,
    });
    await expect(getBrickOwners({ actorId: admin.id, slug })).resolves.toMatchObject({ canTransfer: true });
    await transferBrick({ actorId: alice.id, slug, toAddress: bob.pair.address });
    await expect(getBrickOwners({ actorId: alice.id, slug })).resolves.toMatchObject({
      user: { isYou: false, name: "Bob auditor" },
      canTransfer: false,
    });
    await expect(getBrickOwners({ actorId: bob.id, slug: "no-such-brick" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
