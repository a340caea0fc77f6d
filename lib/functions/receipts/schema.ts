// A signed receipt as it arrives from outside (an API body, a file): checked before it is trusted.
import { z } from "zod";
import { RECEIPT_FORMAT } from "./types";

const hash = z.string().regex(/^0x[0-9a-f]{64}$/, "must be 0x + 64 hex digits");
const hex = z.string().regex(/^0x[0-9a-f]+$/, "must be hex");
const delivery = z.record(z.string(), z.json());
const errorCode = z.enum([
  "timeout",
  "memory",
  "requests",
  "response-size",
  "output-size",
  "state-size",
  "http-refused",
  "thrown",
  "invalid",
]);

const ZExchange = z
  .object({
    method: z.string(),
    url: z.string(),
    status: z.number().int().nullable(),
    bodyHash: hash.nullable(),
    bytes: z.number().int().min(0),
    ms: z.number().min(0),
    redirects: z.array(z.string()).optional(),
    error: z.string().optional(),
  })
  .strict();

export const ZReceipt = z
  .object({
    format: z.literal(RECEIPT_FORMAT),
    context: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).nullable(),
    code: z.object({ hash, handler: z.enum(["run", "query"]) }),
    runtime: z.string(),
    secretNames: z.array(z.string()),
    inputHash: hash,
    stateHash: hash,
    clock: z.object({ now: z.number(), seed: z.number().int().min(0).max(0xffffffff) }),
    limits: z
      .object({
        wallMs: z.number(),
        memoryBytes: z.number(),
        maxRequests: z.number(),
        maxResponseBytes: z.number(),
        maxOutputBytes: z.number(),
        maxStateBytes: z.number(),
      })
      .nullable(),
    http: z.array(ZExchange),
    result: z.object({
      ok: z.boolean(),
      outputHash: hash.nullable(),
      newStateHash: hash.nullable(),
      error: z.object({ code: errorCode, message: z.string() }).nullable(),
    }),
    timings: z.object({ startedAt: z.string(), durationMs: z.number() }),
    delivery: delivery.nullable(),
  })
  .strict();

const ZIdentity = z.object({ publicKey: hex, address: z.string() }).strict();

export const ZSignedReceipt = z
  .object({
    receipt: ZReceipt,
    signer: ZIdentity,
    signature: hex,
    deliveryProof: z.object({ delivery, signer: ZIdentity, signature: hex }).strict().optional(),
  })
  .strict();
