// Function secrets at rest: AES-256-GCM under the master key, bound to where they belong.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

const KEY = randomBytes(32).toString("hex");
const OLD = randomBytes(32).toString("base64url");

let seal: typeof import("@/lib/functions/secrets/seal").seal;
let open: typeof import("@/lib/functions/secrets/seal").open;
let parseKey: typeof import("@/lib/functions/secrets/master-key").parseKey;

beforeAll(async () => {
  process.env.SECRETS_KEY = KEY;
  process.env.SECRETS_KEY_PREVIOUS = OLD;
  ({ seal, open } = await import("@/lib/functions/secrets/seal"));
  ({ parseKey } = await import("@/lib/functions/secrets/master-key"));
});

describe("function secrets", () => {
  it("a sealed value opens again, and the ciphertext does not contain it", () => {
    const sealed = seal("sk_live_123456", "secret:fn1:API_KEY");
    expect(sealed.keyId).toBe(parseKey(KEY).id);
    expect(Buffer.from(sealed.ciphertext, "base64").toString("latin1")).not.toContain("sk_live");
    expect(open(sealed, "secret:fn1:API_KEY")).toBe("sk_live_123456");
    // A fresh IV each time: the same value seals differently.
    expect(seal("sk_live_123456", "secret:fn1:API_KEY").ciphertext).not.toBe(sealed.ciphertext);
  });

  it("a value copied onto another instance or name does not open", () => {
    const sealed = seal("v", "secret:fn1:API_KEY");
    expect(() => open(sealed, "secret:fn2:API_KEY")).toThrow();
    expect(() => open(sealed, "secret:fn1:OTHER")).toThrow();
  });

  it("a changed ciphertext does not open", () => {
    const sealed = seal("value", "a");
    const raw = Buffer.from(sealed.ciphertext, "base64");
    raw[raw.length - 1] ^= 1;
    expect(() => open({ ...sealed, ciphertext: raw.toString("base64") }, "a")).toThrow();
  });

  it("a value sealed with a key that is neither current nor previous is refused in words", () => {
    expect(() => open({ ciphertext: seal("v", "a").ciphertext, keyId: "0123456789ab" }, "a")).toThrow(
      /neither SECRETS_KEY nor in SECRETS_KEY_PREVIOUS/,
    );
  });

  it("keys are 32 bytes in hex or base64; anything else is refused naming the variable", () => {
    expect(parseKey(KEY).key).toHaveLength(32);
    expect(parseKey(OLD).key).toHaveLength(32);
    expect(parseKey(OLD).id).not.toBe(parseKey(KEY).id);
    expect(() => parseKey("too-short")).toThrow(/SECRETS_KEY must be 32 random bytes/);
  });
});
