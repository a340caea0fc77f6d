// What a function may pass as fetch's second argument, checked on the host side (the sandbox sends it
// as JSON text). Headers that would let a function steer the connection itself are refused.
import { z } from "zod";

const FORBIDDEN_HEADERS = new Set([
  "host",
  "connection",
  "content-length",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
  "expect",
  "keep-alive",
  "proxy-authorization",
  "proxy-connection",
  "accept-encoding",
]);

export const ZFetchInit = z.object({
  method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"], {
    error: "fetch method must be GET, POST, PUT, PATCH, DELETE or HEAD",
  }),
  headers: z
    .record(z.string().max(256), z.string().max(8192))
    .refine((h) => Object.keys(h).length <= 50, "at most 50 headers")
    .refine((h) => Object.keys(h).every((k) => !FORBIDDEN_HEADERS.has(k.toLowerCase())), "that header may not be set"),
  body: z
    .string()
    .max(256 * 1024, "a request body may be at most 256 KB")
    .nullable(),
});

export type TParsedFetchInit = z.infer<typeof ZFetchInit>;

export function parseFetchInit(json: string): TParsedFetchInit | string {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return "fetch options are not valid";
  }
  const parsed = ZFetchInit.safeParse(raw);
  return parsed.success ? parsed.data : (parsed.error.issues[0]?.message ?? "fetch options are not valid");
}
