// How a webhook call is signed (documented in lib/bricks/FORMAT.md, "Webhook trigger"): HMAC-SHA256
// with the instance's webhook secret over "<timestamp>.<raw body>", the timestamp in Unix seconds.
// The sender puts both in headers; Brickyard recomputes the signature, so a body changed on the way,
// another instance's secret or an old timestamp does not pass. Plain functions: a sender (or a test)
// can use them too.
import { createHmac, timingSafeEqual } from "node:crypto";

export const WEBHOOK_TIMESTAMP_HEADER = "brickyard-timestamp";
export const WEBHOOK_SIGNATURE_HEADER = "brickyard-signature";
/** A call signed longer ago than this (or this far in the future) is refused. */
export const WEBHOOK_WINDOW_SECONDS = 300;
/** The largest body a webhook call may carry. */
export const WEBHOOK_MAX_BODY_BYTES = 64 * 1024;

/** The signature header's value: "v1=" + hex HMAC-SHA256(secret, "<timestamp>.<body>"). */
export function signWebhook(secret: string, timestamp: number | string, body: string | Uint8Array): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex");
  return `v1=${mac}`;
}

/** Constant-time comparison of a received signature header with the expected one. */
export function signatureMatches(expected: string, received: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(received.trim());
  return a.length === b.length && timingSafeEqual(a, b);
}
