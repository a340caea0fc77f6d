import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { ATTESTATION_HEADER, encodeAttestation, parseAttestation } from "@/lib/audits/attestation-payload";
import { FIELDS } from "./helpers";

const TEXT = [
  "Brickyard audit attestation v1",
  "brick: fungible-token",
  "version: 1.2.0",
  `code-hash: 0x${"ab".repeat(32)}`,
  `report-hash: 0x${"cd".repeat(32)}`,
  "issued-at: 2026-11-21T10:00:00.000Z",
].join("\n");

describe("the canonical attestation text", () => {
  it("is six LF-separated lines in a fixed order, without a trailing newline", () => {
    expect(encodeAttestation(FIELDS)).toBe(TEXT);
    expect(TEXT.startsWith(ATTESTATION_HEADER)).toBe(true);
  });

  it("parses back to the same fields", () => {
    expect(parseAttestation(TEXT)).toEqual(FIELDS);
  });

  it.each([
    ["a trailing newline", `${TEXT}\n`],
    ["CRLF line ends", TEXT.replace(/\n/g, "\r\n")],
    [
      "another order",
      TEXT.split("\n")
        .map((l, i, a) => (i === 1 ? a[2] : i === 2 ? a[1] : l))
        .join("\n"),
    ],
    ["an extra space", TEXT.replace("brick: ", "brick:  ")],
    ["an upper-case hash", TEXT.replace("ab".repeat(32), "AB".repeat(32))],
    ["a date without milliseconds", TEXT.replace(".000Z", "Z")],
    ["another header", TEXT.replace("v1", "v2")],
  ])("is refused with %s", (_what, text) => {
    expect(parseAttestation(text)).toBeNull();
  });

  it.each([
    ["a slug with capitals", { brick: "Fungible" }],
    ["a short code hash", { codeHash: "0xabc" }],
    ["an upper-case report hash", { reportHash: `0x${"CD".repeat(32)}` }],
    ["a local time", { issuedAt: "2026-11-21T11:00:00+01:00" }],
  ])("cannot be built from %s", (_what, change) => {
    expect(() => encodeAttestation({ ...FIELDS, ...change })).toThrow(ZodError);
  });
});
