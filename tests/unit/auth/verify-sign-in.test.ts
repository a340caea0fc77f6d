import { describe, expect, it } from "vitest";
import { verifySignIn } from "@/lib/auth/verify-sign-in";
import { memoryNonces, messageFor, NOW, pair, SITE, walletSign, type KeyType } from "./helpers";

const NONCE = "abcdef0123456789abcdef";
const later = new Date(NOW.getTime() + 5 * 60_000);

async function setup(type: KeyType = "sr25519") {
  const alice = await pair(type);
  const message = messageFor(alice.address);
  const consumeNonce = memoryNonces({ [NONCE]: { address: alice.address, expiresAt: later } });
  const ctx = { ...SITE, now: new Date(NOW.getTime() + 10_000), consumeNonce };
  return { alice, message, ctx, signature: walletSign(alice, message) };
}

describe("verifySignIn", () => {
  it.each(["sr25519", "ed25519", "ecdsa"] as const)(
    "accepts a %s wallet signature over the <Bytes>-wrapped message",
    async (type) => {
      const { alice, message, ctx, signature } = await setup(type);
      const result = await verifySignIn({ message, signature, address: alice.address }, ctx);
      expect(result).toMatchObject({ keyType: type, address: alice.address });
    },
  );

  it("normalises the address: the same key signs in under another SS58 prefix", async () => {
    const { alice, message, ctx, signature } = await setup();
    const { encodeAddress } = await import("@polkadot/util-crypto");
    const polkadotForm = encodeAddress(alice.publicKey, 0);
    const result = await verifySignIn({ message, signature, address: polkadotForm }, ctx);
    expect(result.address).toBe(alice.address);
  });

  it("refuses a message for another domain", async () => {
    const { alice, ctx } = await setup();
    const message = messageFor(alice.address, { domain: "evil.test", uri: "https://evil.test" });
    await expect(
      verifySignIn({ message, signature: walletSign(alice, message), address: alice.address }, ctx),
    ).rejects.toThrow(/sign in to evil\.test/);
  });

  it("refuses an expired message", async () => {
    const { alice, message, signature, ctx } = await setup();
    await expect(verifySignIn({ message, signature, address: alice.address }, { ...ctx, now: later })).rejects.toThrow(
      /expired/,
    );
  });

  it("refuses a reused nonce", async () => {
    const { alice, message, signature, ctx } = await setup();
    await verifySignIn({ message, signature, address: alice.address }, ctx);
    await expect(verifySignIn({ message, signature, address: alice.address }, ctx)).rejects.toThrow(/already used/);
  });

  it("refuses a message written for another address", async () => {
    const { alice, ctx } = await setup();
    const bob = await pair("sr25519", "//Bob");
    const message = messageFor(bob.address);
    await expect(
      verifySignIn({ message, signature: walletSign(alice, message), address: alice.address }, ctx),
    ).rejects.toThrow(/another account/);
  });

  it("refuses tampered text", async () => {
    const { alice, message, signature, ctx } = await setup();
    const tampered = message.replace(/Expiration Time: .*/, "Expiration Time: 2027-01-01T00:00:00.000Z");
    await expect(verifySignIn({ message: tampered, signature, address: alice.address }, ctx)).rejects.toThrow(
      /signature does not match/,
    );
  });

  it("refuses a signature by another key, and does not burn the nonce", async () => {
    const { alice, message, signature, ctx } = await setup();
    const bob = await pair("sr25519", "//Bob");
    await expect(
      verifySignIn({ message, signature: walletSign(bob, message), address: alice.address }, ctx),
    ).rejects.toThrow(/signature does not match/);
    await expect(verifySignIn({ message, signature, address: alice.address }, ctx)).resolves.toBeTruthy();
  });

  it("refuses a signature of the bare (unwrapped) message", async () => {
    const { alice, message, ctx } = await setup();
    const { stringToU8a, u8aToHex } = await import("@polkadot/util");
    const bare = u8aToHex(alice.sign(stringToU8a(message)));
    await expect(verifySignIn({ message, signature: bare, address: alice.address }, ctx)).rejects.toThrow(
      /signature does not match/,
    );
  });

  it("refuses a message dated in the future", async () => {
    const { alice, message, signature, ctx } = await setup();
    await expect(
      verifySignIn({ message, signature, address: alice.address }, { ...ctx, now: new Date(NOW.getTime() - 120_000) }),
    ).rejects.toThrow(/future/);
  });
});

describe("signature encodings wallets return", () => {
  it("accepts the MultiSignature form (type byte + signature)", async () => {
    const { alice, message, ctx, signature } = await setup("sr25519");
    const typed = `0x01${signature.slice(2)}`;
    await expect(verifySignIn({ message, signature: typed, address: alice.address }, ctx)).resolves.toMatchObject({
      keyType: "sr25519",
    });
  });

  it("refuses a type byte that does not match the key", async () => {
    const { alice, message, ctx, signature } = await setup("sr25519");
    const mislabelled = `0x00${signature.slice(2)}`; // says ed25519
    await expect(verifySignIn({ message, signature: mislabelled, address: alice.address }, ctx)).rejects.toThrow(
      /signature does not match/,
    );
  });

  it("refuses a signature that is not hex", async () => {
    const { alice, message, ctx } = await setup();
    await expect(verifySignIn({ message, signature: "not-hex", address: alice.address }, ctx)).rejects.toThrow(
      /signature does not match/,
    );
  });
});
