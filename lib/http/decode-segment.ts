// Dynamic path segments, decoded safely. Next.js hands route handlers and pages their params
// already decoded in most cases; decoding again (the old code did) throws URIError on a literal
// "%" or a malformed escape such as "%E0%A4%A", which used to become a 500. Here a segment that
// cannot be decoded is a 404 (nothing can be named that), never an exception.
import { AppError } from "@/lib/errors";
import { isWellFormed } from "./inspect-value";

/** Decodes once if the segment still holds %-escapes; `null` when it cannot be decoded. */
export function tryDecodeSegment(segment: string): string | null {
  let value = segment;
  if (/%[0-9A-Fa-f]{2}/.test(segment)) {
    try {
      value = decodeURIComponent(segment);
    } catch {
      return null;
    }
  } else if (segment.includes("%")) return null;
  return isWellFormed(value) ? value : null;
}

/** For route handlers: the decoded segment, or a 404 naming what was asked for. */
export function decodeSegment(segment: string, what = "page"): string {
  const value = tryDecodeSegment(segment);
  if (value === null)
    throw new AppError("NOT_FOUND", { userMessage: `There is no such ${what}: the address is malformed.` });
  return value;
}

/** True when every segment of a URL path decodes (used by proxy.ts for every request). */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
