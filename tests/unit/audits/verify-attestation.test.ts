import { describe, expect, it } from "vitest";
import { stringToU8a, u8aToHex } from "@polkadot/util";
import { encodeAttestation } from "@/lib/audits/attestation-payload";
import { verifyAttestation } from "@/lib/audits/verify-attestation";
import { FIELDS, testPair, walletSign } from "./helpers";

async function signed(type: "sr25519" | "ed25519" | "ecdsa" = "sr25519") {
  const pair = await testPair(type);
  const payload = encodeAttestation(FIELDS);
  return {
    pair,
    att: {
      ...FIELDS,
      signer: pair.address,
      signature: walletSign(pair, payload),
      payload,
      publicKey: u8aToHex(pair.addressRaw),
    },
  };
}

describe("verifyAttestation", () => {
  it.each(["sr25519", "ed25519", "ecdsa"] as const)(
    "accepts a %s wallet signature over <Bytes>text</Bytes>",
    async (type) => {
      const { att } = await signed(type);
      const result = await verifyAttestation(att);
      expect(result).toEqual({ ok: true, keyType: type, payload: att.payload });
    },
  );

  it.each([
    ["brick", { brick: "other-brick" }],
    ["version", { version: "1.2.1" }],
    ["code hash", { codeHash: `0x${"ef".repeat(32)}` }],
    ["report hash", { reportHash: `0x${"01".repeat(32)}` }],
    ["date", { issuedAt: "2026-11-21T10:00:00.001Z" }],
  ])("fails when the %s is changed", async (_what, change) => {
    const { att } = await signed();
    expect(await verifyAttestation({ ...att, ...change })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/signed text does not match/),
    });
    // …and also when the stored text is changed with it, since the signature no longer fits.
    const { payload: _p, ...rest } = { ...att, ...change };
    void _p;
    expect(await verifyAttestation(rest)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/signature does not match/),
    });
  });

  it("fails for a forged signature: another key, a flipped byte, the bare text signed", async () => {
    const { att } = await signed();
    const mallory = await testPair("sr25519", "//Mallory");
    expect((await verifyAttestation({ ...att, signature: walletSign(mallory, att.payload) })).ok).toBe(false);
    const flipped = att.signature.slice(0, -2) + (att.signature.endsWith("00") ? "01" : "00");
    expect((await verifyAttestation({ ...att, signature: flipped })).ok).toBe(false);
    const pair = await testPair();
    const bare = u8aToHex(pair.sign(stringToU8a(att.payload)));
    expect((await verifyAttestation({ ...att, signature: bare })).ok).toBe(false);
  });

  it("fails when the signer or the stored key is not the one that signed", async () => {
    const { att } = await signed();
    const other = await testPair("sr25519", "//Someone");
    expect(await verifyAttestation({ ...att, signer: other.address, publicKey: undefined })).toMatchObject({
      ok: false,
    });
    expect(await verifyAttestation({ ...att, publicKey: u8aToHex(other.addressRaw) })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/public key/),
    });
    expect(await verifyAttestation({ ...att, signer: "not-an-address" })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/SS58/),
    });
  });
});
