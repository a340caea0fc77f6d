// Publishing brick versions through the service the publish form and the API call: auditors only
// (checked inside the transaction), real ink! v4/v5 bundles, the code hash recomputed, tampered
// wasm refused, semver enforced, the audit report and its hash recorded, all or nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { reportHash } from "@/lib/audits/report-hash";
import { ZAuditReport } from "@/lib/audits/schemas";
import { BrickProblemsError } from "@/lib/publishing/check-upload";
import { publishVersion } from "@/lib/publishing/publish-version";
import { erc20Manifest, makePerson, REPORT, sharedBundle, slugFor, type Person } from "./publish-fixture";

let auditor: Person;
let builder: Person;
beforeAll(async () => {
  auditor = await makePerson("Auditor", "auditor");
  builder = await makePerson("Builder");
});
afterAll(() => db.$disconnect());

const publish = (actor: Person, slug: string, version: string, bundle = sharedBundle("ink-v5-erc20")) =>
  publishVersion({
    actorId: actor.id,
    manifest: erc20Manifest(slug, version),
    bundleText: bundle,
    report: REPORT,
    source: "ui",
  });

describe("publishVersion", () => {
  it.each(["ink-v4-erc20", "ink-v5-erc20"] as const)(
    "publishes the %s bundle as a brick with its audit report",
    async (name) => {
      const slug = slugFor(name);
      const result = await publish(auditor, slug, "1.0.0", sharedBundle(name));
      const declared = JSON.parse(sharedBundle(name)).source.hash;
      expect(result).toMatchObject({ outcome: "created", slug, version: "1.0.0", codeHash: declared });
      const v = await db.brickVersion.findFirstOrThrow({
        where: { brick: { slug } },
        include: { audits: true, brick: true },
      });
      expect(v).toMatchObject({
        source: "ui",
        publishedById: auditor.id,
        codeHash: declared,
        brick: { latestVersion: "1.0.0", audited: false },
      });
      expect(v.audits).toHaveLength(1);
      expect(v.audits[0]).toMatchObject({
        auditorId: auditor.id,
        auditorName: "Auditor",
        reportHash: reportHash(ZAuditReport.parse(REPORT)),
        scope: REPORT.scope,
      });
      const log = await db.auditLogEntry.findMany({
        where: { target: `brick:${slug}@1.0.0` },
        orderBy: { createdAt: "asc" },
      });
      expect(log.map((l) => [l.action, l.actorId])).toEqual([
        ["brick.publish", auditor.id],
        ["audit.create", auditor.id],
      ]);
    },
  );

  it("treats the same version with the same code as unchanged: no second audit", async () => {
    const slug = slugFor("ink-v5-erc20");
    expect(await publish(auditor, slug, "1.0.0")).toMatchObject({ outcome: "unchanged", auditId: null });
    expect(await db.audit.count({ where: { brickVersion: { brick: { slug } } } })).toBe(1);
  });

  it("refuses the same version with other code, and a version not greater than the latest", async () => {
    const slug = slugFor("ink-v5-erc20");
    const other = await publish(auditor, slug, "1.0.0", sharedBundle("ink-v4-erc20")).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(AppError);
    expect(other).toMatchObject({
      code: "CONFLICT",
      userMessage: expect.stringMatching(/already published with code hash .* publish the new code as 1\.0\.1/),
    });
    await publish(auditor, slug, "1.1.0", sharedBundle("ink-v4-erc20"));
    const lower = await publish(auditor, slug, "1.0.5", sharedBundle("ink-v4-erc20")).catch((e: unknown) => e);
    expect(lower).toMatchObject({
      code: "CONFLICT",
      userMessage: "Version 1.0.5 is not greater than the latest published version 1.1.0. Use 1.1.1 or higher.",
    });
    expect(await db.brickVersion.count({ where: { brick: { slug } } })).toBe(2);
  });

  it("refuses a bundle with a tampered wasm, naming the bundle's hash, and writes nothing", async () => {
    const json = JSON.parse(sharedBundle("ink-v5-erc20"));
    const wasm: string = json.source.wasm;
    json.source.wasm = wasm.slice(0, -2) + (wasm.endsWith("00") ? "01" : "00"); // one byte changed, hash kept
    const slug = slugFor("tampered");
    const error = await publish(auditor, slug, "1.0.0", JSON.stringify(json)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrickProblemsError);
    const problem = (error as BrickProblemsError).problems.find((p) => p.jsonPath === "$.source.hash");
    expect(problem).toMatchObject({
      inBundle: true,
      message: expect.stringMatching(/the wasm or the hash was changed/),
    });
    expect(await db.brick.count({ where: { slug } })).toBe(0);
  });

  it("refuses wasm the chain would reject, in plain words", async () => {
    const json = JSON.parse(sharedBundle("ink-v5-erc20"));
    json.source.wasm = "0x0061736d01000000"; // an empty module: no memory import, no deploy/call
    const error = (await publish(auditor, slugFor("empty-wasm"), "1.0.0", JSON.stringify(json)).catch(
      (e: unknown) => e,
    )) as BrickProblemsError;
    const messages = error.problems.filter((p) => p.jsonPath === "$.source.wasm").map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/does not import a memory/),
        expect.stringMatching(/must export exactly the functions "deploy" and "call"/),
      ]),
    );
  });

  it("lets only auditors publish, and checks again inside the transaction", async () => {
    const slug = slugFor("not-auditor");
    await expect(publish(builder, slug, "1.0.0")).rejects.toMatchObject({
      code: "FORBIDDEN",
      userMessage: "Only platform auditors can publish brick versions.",
    });
    const former = await makePerson("Former auditor", "auditor");
    await db.user.update({ where: { id: former.id }, data: { platformRoles: "" } });
    await expect(publish(former, slug, "1.0.0")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.brick.count({ where: { slug } })).toBe(0);
  });

  it("refuses a report that is too short, before anything is checked or written", async () => {
    const slug = slugFor("short-report");
    await expect(
      publishVersion({
        actorId: auditor.id,
        manifest: erc20Manifest(slug),
        bundleText: sharedBundle("ink-v5-erc20"),
        report: { markdown: "ok" },
        source: "api",
      }),
    ).rejects.toThrow(/at least 20 characters/);
    expect(await db.brick.count({ where: { slug } })).toBe(0);
  });
});
