// The worker's sr25519 key, which signs run receipts. WORKER_KEY_SEED wins when set (several workers,
// several machines: give them one seed so one published key verifies all receipts); otherwise a seed
// is generated once into data/, beside the database, exactly like the session secret.
import "server-only";
import path from "node:path";
import { u8aToHex } from "@polkadot/util";
import { cryptoWaitReady, encodeAddress, sr25519PairFromSeed, sr25519Sign } from "@polkadot/util-crypto";
import { isReady as wasmReady, sr25519Sign as wasmSr25519Sign } from "@polkadot/wasm-crypto";
import { readOrCreate } from "@/lib/auth/secret";
import { env } from "@/lib/env";
import type { TWorkerIdentity } from "./types";

export const WORKER_KEY_FILE = path.resolve(process.cwd(), "data", "function-worker-key");

export type TWorkerKey = TWorkerIdentity & { sign(message: Uint8Array): string };

const cache = new Map<string, Promise<TWorkerKey>>();

/** The key from WORKER_KEY_SEED, else from (or newly into) data/function-worker-key. */
export function loadWorkerKey(): Promise<TWorkerKey> {
  const seedHex = env().WORKER_KEY_SEED;
  if (seedHex) return workerKeyFromSeed(Buffer.from(seedHex.slice(2), "hex"));
  const stored = Buffer.from(readOrCreate(WORKER_KEY_FILE), "base64url");
  return workerKeyFromSeed(stored.subarray(0, 32));
}

export function workerKeyFromSeed(seed: Uint8Array): Promise<TWorkerKey> {
  if (seed.length !== 32) throw new Error("a worker key seed is 32 bytes");
  const id = Buffer.from(seed).toString("hex");
  let key = cache.get(id);
  if (!key) {
    key = (async () => {
      await cryptoWaitReady();
      const pair = sr25519PairFromSeed(seed);
      return {
        publicKey: u8aToHex(pair.publicKey),
        address: encodeAddress(pair.publicKey, 42),
        // The same schnorrkel signature either way (util-crypto's sr25519Verify checks both); the wasm
        // build signs about five times faster than the JS one, and a worker signs every run.
        sign: (message: Uint8Array) =>
          u8aToHex(wasmReady() ? wasmSr25519Sign(pair.publicKey, pair.secretKey, message) : sr25519Sign(message, pair)),
      };
    })();
    cache.set(id, key);
  }
  return key;
}
