// Attestations on the real database: the auditor signs the canonical text with their key, the
// server verifies before storing, the brick becomes audited (latest version only), and a forged or
// altered attestation fails — at submission and in the public endpoint's re-verification.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAttestation } from "@/lib/audits/create-attestation";
import { getVersionAttestations } from "@/lib/audits/get-version-attestations";
import { prepareAttestation } from "@/lib/audits/prepare-attestation";
import { publishVersion } from "@/lib/publishing/publish-version";
import { erc20Manifest, makePerson, REPORT, sharedBundle, slugFor, walletSign, type Person } from "./publish-fixture";

let auditor: Person;
let other: Person;
const slug = slugFor("attested");
const ids: Record<string, string> = {};

async function publish(version: string, bundle: "ink-v4-erc20" | "ink-v5-erc20") {
  const r = await publishVersion({
    actorId: auditor.id,
    manifest: erc20Manifest(slug, version),
    bundleText: sharedBundle(bundle),
    report: REPORT,
    source: "ui",
  });
  ids[version] = r.auditId!;
}

/** Prepares, signs with `signer`'s key (a browser wallet would), and submits as `actor`. */
async function attest(actor: Person, auditId: string, signer = actor, tamper: (text: string) => string = (t) => t) {
  const { payload, issuedAt } = await prepareAttestation({ actorId: actor.id, auditId });
  return createAttestation({
    actorId: actor.id,
    auditId,
    signer: signer.pair.address,
    issuedAt,
    signature: walletSign(signer.pair, tamper(payload)),
  });
}

beforeAll(async () => {
  auditor = await makePerson("Signing auditor", "auditor");
  other = await makePerson("Other auditor", "auditor");
  await publish("1.0.0", "ink-v4-erc20");
  await publish("1.1.0", "ink-v5-erc20");
});
afterAll(() => db.$disconnect());

describe("attestations", () => {
  it("stores a verified attestation of an older version without marking the brick audited", async () => {
    const stored = await attest(auditor, ids["1.0.0"]);
    expect(stored.keyType).toBe("sr25519");
    expect(await db.brick.findUniqueOrThrow({ where: { slug } })).toMatchObject({
      latestVersion: "1.1.0",
      audited: false,
    });
  });

  it("marks the brick audited when its latest version gets its first verified attestation", async () => {
    const { payload } = await attest(auditor, ids["1.1.0"]);
    const row = await db.attestation.findFirstOrThrow({ where: { auditId: ids["1.1.0"] } });
    expect(row).toMatchObject({ verified: true, signer: auditor.pair.address, payload });
    expect(payload).toMatch(
      new RegExp(
        `^Brickyard audit attestation v1\\nbrick: ${slug}\\nversion: 1\\.1\\.0\\ncode-hash: 0x[0-9a-f]{64}\\nreport-hash: 0x[0-9a-f]{64}\\nissued-at: .*Z$`,
      ),
    );
    expect(await db.brick.findUniqueOrThrow({ where: { slug } })).toMatchObject({ audited: true });
    expect(
      await db.auditLogEntry.count({
        where: { action: "audit.attest", target: `brick:${slug}@1.1.0`, actorId: auditor.id },
      }),
    ).toBe(1);
  });

  it("refuses forged signatures: another key, an altered text, a stale date", async () => {
    const before = await db.attestation.count();
    await expect(attest(auditor, ids["1.1.0"], other)).rejects.toMatchObject({ code: "FORBIDDEN" }); // not the auditor's own account
    await expect(
      attest(auditor, ids["1.1.0"], auditor, (t) => t.replace("version: 1.1.0", "version: 1.0.0")),
    ).rejects.toMatchObject({ code: "BAD_INPUT", userMessage: expect.stringMatching(/signature does not match/) });
    const { payload, issuedAt } = await prepareAttestation({
      actorId: auditor.id,
      auditId: ids["1.1.0"],
      now: new Date(Date.now() - 3_600_000),
    });
    await expect(
      createAttestation({
        actorId: auditor.id,
        auditId: ids["1.1.0"],
        signer: auditor.pair.address,
        issuedAt,
        signature: walletSign(auditor.pair, payload),
      }),
    ).rejects.toThrow(/more than 10 minutes/);
    expect(await db.attestation.count()).toBe(before);
  });

  it("lets only the audit's own auditor sign it", async () => {
    await expect(prepareAttestation({ actorId: other.id, auditId: ids["1.1.0"] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(attest(other, ids["1.1.0"])).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("serves everything needed to verify elsewhere, and fails verification when any field changes", async () => {
    const fresh = await getVersionAttestations(db, { slug, version: "1.1.0" });
    const [audit] = fresh!.audits;
    expect(audit).toMatchObject({ reportHashMatches: true, findings: REPORT.findings, scope: REPORT.scope });
    expect(audit.attestations[0]).toMatchObject({ verified: true, keyType: "sr25519", signer: auditor.pair.address });
    expect(JSON.parse(audit.reportDocument)).toEqual({
      findings: REPORT.findings,
      markdown: REPORT.markdown,
      scope: REPORT.scope,
    });

    // Someone with database access changes a finding's status: the report hash and signature no longer hold.
    await db.audit.update({
      where: { id: ids["1.1.0"] },
      data: { findings: JSON.stringify([{ ...REPORT.findings![0], status: "fixed" }]) },
    });
    const edited = (await getVersionAttestations(db, { slug, version: "1.1.0" }))!.audits[0];
    expect(edited).toMatchObject({
      reportHashMatches: false,
      attestations: [
        {
          verified: false,
          problem: expect.stringMatching(/does not match this brick, version, code hash, report hash and date/),
        },
      ],
    });
    await db.audit.update({ where: { id: ids["1.1.0"] }, data: { findings: JSON.stringify(REPORT.findings) } });

    // … or the stored signed text, or the version's code hash.
    const att = await db.attestation.findFirstOrThrow({ where: { auditId: ids["1.1.0"] } });
    await db.attestation.update({ where: { id: att.id }, data: { issuedAt: new Date(att.issuedAt.getTime() + 1000) } });
    expect((await getVersionAttestations(db, { slug, version: "1.1.0" }))!.audits[0].attestations[0].verified).toBe(
      false,
    );
    await db.attestation.update({ where: { id: att.id }, data: { issuedAt: att.issuedAt } });
    const v = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug }, version: "1.1.0" } });
    await db.brickVersion.update({ where: { id: v.id }, data: { codeHash: `0x${"00".repeat(32)}` } });
    expect((await getVersionAttestations(db, { slug, version: "1.1.0" }))!.audits[0].attestations[0].verified).toBe(
      false,
    );
    await db.brickVersion.update({ where: { id: v.id }, data: { codeHash: v.codeHash } });
    expect((await getVersionAttestations(db, { slug, version: "1.1.0" }))!.audits[0].attestations[0].verified).toBe(
      true,
    );
  });
});
