import { isAscii, stringToHex, u8aToString, u8aUnwrapBytes } from "@polkadot/util";
import { describe, expect, it } from "vitest";
import { buildSiwsMessage, parseSiwsMessage, SIWS_STATEMENT, SiwsParseError } from "@/lib/auth/siws-message";
import { messageFor, NOW, SITE } from "./helpers";

const ALICE = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

describe("sign-in message", () => {
  it("has the SIWS parts a person can read in their wallet, on one line", () => {
    expect(messageFor(ALICE)).toBe(
      [
        `brickyard.test:3100 wants you to sign in with your Polkadot account: ${ALICE}`,
        SIWS_STATEMENT,
        "URI: http://brickyard.test:3100",
        "Version: 1",
        "Nonce: abcdef0123456789abcdef",
        `Issued At: ${NOW.toISOString()}`,
        "Expiration Time: 2026-11-21T10:05:00.000Z",
      ].join(" | "),
    );
  });

  it("passes the Polkadot.js extension's text check, so the wallet shows words and not hex", () => {
    // The extension's raw-sign view (Popup/Signing/Bytes.tsx) does exactly this with the data it gets.
    const data = stringToHex(messageFor(ALICE));
    expect(isAscii(data)).toBe(true);
    expect(u8aToString(u8aUnwrapBytes(data))).toBe(messageFor(ALICE));
    // The old multi-line layout failed it: a newline is not printable ASCII.
    expect(isAscii(stringToHex("a\nb"))).toBe(false);
  });

  it("parses what it builds, field for field", () => {
    const fields = parseSiwsMessage(messageFor(ALICE));
    expect(fields).toMatchObject({
      domain: SITE.domain,
      address: ALICE,
      uri: SITE.origin,
      version: "1",
      nonce: "abcdef0123456789abcdef",
    });
    expect(buildSiwsMessage(fields)).toBe(messageFor(ALICE));
  });

  const bad: [string, (m: string) => string][] = [
    ["an extra line", (m) => `${m}\nResources: x`],
    ["an extra part", (m) => `${m} | Resources: x`],
    ["text before the header", (m) => `hello | ${m}`],
    ["a newline between parts", (m) => m.replace(" | URI", "\nURI")],
    ["a character that is not printable ASCII", (m) => m.replace("no fees.", "no fees \u2014 none.")],
    ["another statement", (m) => m.replace(SIWS_STATEMENT, "Send all my tokens")],
    ["a path in the URI", (m) => m.replace("URI: http://brickyard.test:3100", "URI: http://brickyard.test:3100/x")],
    ["version 2", (m) => m.replace("Version: 1", "Version: 2")],
    ["a short nonce", (m) => m.replace("abcdef0123456789abcdef", "abc")],
    ["a local time", (m) => m.replace(/Issued At: [^|]*/, "Issued At: 2026-11-21 10:00 ")],
    ["a carriage return", (m) => `${m}\r`],
    ["a wrapped message", (m) => `<Bytes>${m}</Bytes>`],
    ["a domain with a space", (m) => m.replace("brickyard.test:3100 wants", "evil.test brickyard.test wants")],
  ];
  it.each(bad)("refuses %s with a plain reason", (_, mutate) => {
    expect(() => parseSiwsMessage(mutate(messageFor(ALICE)))).toThrow(SiwsParseError);
    expect(() => parseSiwsMessage(mutate(messageFor(ALICE)))).toThrow(/not a Brickyard sign-in message/);
  });
});
