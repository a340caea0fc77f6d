// Reads a request's JSON body under limits, before anything else sees it:
// 1. size: Content-Length is checked first, then bytes are counted while reading, so a 20 MB body
//    is cut off after the limit instead of being read whole;
// 2. encoding: the bytes must be UTF-8;
// 3. nesting: counted on the text before JSON.parse (lib/http/json-depth.ts);
// 4. every string (and key) must be well-formed Unicode, and the whole value within limits.
// Each refusal is a 4xx AppError with a plain message; nothing is written.
import "server-only";
import { AppError } from "@/lib/errors";
import { edgeError } from "./edge-error";
import { inspectValue } from "./inspect-value";
import { jsonTooDeep } from "./json-depth";
import { DEFAULT_MAX_BODY_BYTES, MAX_ACTION_CHARS, MAX_ACTION_NODES, MAX_JSON_DEPTH } from "./limits";

export type TBodyLimits = { maxBytes?: number; maxDepth?: number };

function tooLarge(maxBytes: number): AppError {
  return new AppError("TOO_LARGE", {
    userMessage: `The request body is larger than ${Math.round(maxBytes / 1024)} KB, the most this endpoint accepts.`,
  });
}

/** The raw bytes, at most `maxBytes` of them; stops reading (and cancels the stream) past that. */
export async function readBodyBytes(req: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(req.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

/** The parsed body; an empty body is `undefined` (the route's schema then says what is missing). */
export async function readJsonBody(req: Request, limits: TBodyLimits = {}): Promise<unknown> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxDepth = limits.maxDepth ?? MAX_JSON_DEPTH;
  const bytes = await readBodyBytes(req, maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("MALFORMED", { userMessage: "The request body is not valid UTF-8 text." });
  }
  if (!text.trim()) return undefined;
  if (jsonTooDeep(text, maxDepth))
    throw new AppError("BAD_INPUT", {
      userMessage: `The request body nests lists or objects more than ${maxDepth} levels deep.`,
    });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("MALFORMED", { userMessage: "The request body is not valid JSON." });
  }
  const problem = inspectValue(value, {
    maxDepth,
    maxNodes: MAX_ACTION_NODES,
    maxChars: Math.max(maxBytes, MAX_ACTION_CHARS),
  });
  if (problem) throw edgeError(problem);
  return value;
}
