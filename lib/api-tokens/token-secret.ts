// API tokens are "byd_" + 32 random bytes (base64url). Only the SHA-256 is stored, so a database
// leak yields no usable token; the token is shown to its creator once.
import { createHash, randomBytes } from "node:crypto";

export const API_TOKEN_PREFIX = "byd_";

export function newApiToken(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function looksLikeApiToken(token: string): boolean {
  return /^byd_[A-Za-z0-9_-]{43}$/.test(token);
}
