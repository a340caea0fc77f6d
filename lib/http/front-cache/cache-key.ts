// Which requests the front cache may answer: plain page loads (GET, no Next.js router or server-action
// headers). Signed-in requests pass through to Next.js: the cached pages do not depend on who asks, but
// nothing is gained by risking it. The key carries the accept-encoding, since Next.js compresses.
import type { IncomingMessage } from "node:http";

const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
];
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token/;

export function frontCacheKey(req: IncomingMessage): string | null {
  if (req.method !== "GET" || !req.url) return null;
  if (ROUTER_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
  if (req.url.includes("_rsc=")) return null;
  if (SESSION_COOKIE.test(req.headers.cookie ?? "")) return null;
  const encoding = String(req.headers["accept-encoding"] ?? "")
    .replace(/\s+/g, "")
    .toLowerCase();
  return `${encoding}\n${req.url}`;
}
