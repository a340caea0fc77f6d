// Tees what Next.js writes to a response (after its compression, which wraps write/end later and calls
// these), so a finished cacheable page can be kept. Writing to the client is unchanged.
import type { ServerResponse } from "node:http";

export function captureResponse(res: ServerResponse, onFinished: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk === "string")
      chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return write(...args);
  }) as ServerResponse["write"];
  res.end = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    // A client that went away may have cut Next's output short: keep only complete answers.
    if (!res.destroyed) onFinished(Buffer.concat(chunks));
    return end(...args);
  }) as ServerResponse["end"];
}
