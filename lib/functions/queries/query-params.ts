// What a query URL accepts as its input: a flat object of at most 20 named values (text up to 1,000
// characters, numbers, true/false), from the query string (?name=value) or a JSON body. The function
// gets it as `input.query`, beside the instance's configured input.
import { z } from "zod";

export const ZQueryParams = z
  .record(
    z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, "names use letters, digits, _ . and - (at most 64)"),
    z.union([z.string().max(1000, "at most 1,000 characters"), z.number().finite(), z.boolean()], {
      error: "must be text, a number or true/false",
    }),
  )
  .refine((o) => Object.keys(o).length <= 20, "at most 20 values");
export type TQueryParams = z.infer<typeof ZQueryParams>;

export const QUERY_ACCESS = ["public", "token"] as const;
export type TQueryAccess = (typeof QUERY_ACCESS)[number];
export const ZQueryAccess = z.object({
  instanceId: z.string().trim().min(1).max(64),
  access: z.enum(QUERY_ACCESS, 'choose "public" or "token"'),
});

/** The path of an instance's query URL, below the app's origin. */
export const queryPath = (instanceId: string) => `/api/functions/${instanceId}/query`;

/** Does this source export a query handler (`export [async] function query`)? */
export const hasQueryHandler = (source: string) => /export\s+(async\s+)?function\s+query\b/.test(source);
