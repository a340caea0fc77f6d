// Whether a finished Next.js response may be kept, and for how long: only a 200 that Next.js itself
// marked as shared-cacheable (`s-maxage`, what its cached pages carry) and that sets no cookie. The
// time is capped, so a change made by another process (which cannot reach this one's cache) shows
// within the same minute as Next.js's own safety net.
import type { OutgoingHttpHeaders } from "node:http";

export const FRONT_CACHE_MAX_SECONDS = 60;

export function storableSeconds(status: number, headers: OutgoingHttpHeaders): number {
  if (status !== 200 || headers["set-cookie"] !== undefined) return 0;
  const cacheControl = String(headers["cache-control"] ?? "");
  if (/private|no-store|no-cache/.test(cacheControl)) return 0;
  const match = /s-maxage=(\d+)/.exec(cacheControl);
  if (!match) return 0;
  return Math.min(Number(match[1]), FRONT_CACHE_MAX_SECONDS);
}
