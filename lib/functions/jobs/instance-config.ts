// The configuration of a function instance (FunctionInstance.config, JSON).
import { z } from "zod";

export const ZInstanceConfig = z.object({
  input: z.unknown().default(null),
  allowedHosts: z.array(z.string().min(1)).max(20).default([]),
  limits: z
    .object({
      wallMs: z.number().int().positive(),
      memoryBytes: z.number().int().positive(),
      maxRequests: z.number().int().positive(),
      maxResponseBytes: z.number().int().positive(),
      maxOutputBytes: z.number().int().positive(),
      maxStateBytes: z.number().int().positive(),
    })
    .partial()
    .default({}),
  allowHttp: z.boolean().default(false),
  /** Honoured only by a worker started with the test-only setting (see scripts/worker.ts). */
  allowPrivateAddresses: z.boolean().default(false),
});
export type TInstanceConfig = z.infer<typeof ZInstanceConfig>;
