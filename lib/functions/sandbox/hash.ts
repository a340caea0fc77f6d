// One hash for everything a receipt names (code, input, bodies, output): "0x" + sha-256 hex of UTF-8 text.
import { createHash } from "node:crypto";

export function hashText(text: string): string {
  return `0x${createHash("sha256").update(text, "utf8").digest("hex")}`;
}
