// Team URLs: a readable part from the name plus a random suffix, so two teams may share a name.
import { randomBytes } from "node:crypto";

export function teamSlug(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return `${base || "team"}-${randomBytes(3).toString("hex")}`;
}
