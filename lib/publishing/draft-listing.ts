// The listing part of a publish draft (slug, name, summary, description, category, tags, version,
// changelog): the same boxes on the contract and the function form, so it is read into the manifest,
// and pre-filled from the latest manifest, in one place. Browser-safe.
import { z } from "zod";
import { splitList } from "./draft-json";

export type DraftListing = {
  slug: string;
  name: string;
  summary: string;
  description: string;
  category: string;
  tagsText: string;
  version: string;
  changelog: string;
};

/** A new brick's listing boxes: empty, at version 1.0.0. */
export const EMPTY_LISTING: DraftListing = {
  slug: "",
  name: "",
  summary: "",
  description: "",
  category: "",
  tagsText: "",
  version: "1.0.0",
  changelog: "",
};

/** The live check's listing boxes: taken as they are while typing, anything missing is the brick check's to report. */
/** Any text box of a live-check draft (of every kind), up to 2 MB. */
export const loose = z.string().max(2_000_000, "This is too long.");
export const LISTING_CHECK_SHAPE = {
  slug: loose,
  name: loose,
  summary: loose,
  description: loose,
  category: loose,
  tagsText: loose,
  version: loose,
  changelog: loose,
};

/** The manifest's listing keys, in the order brick.json and function-brick.json write them. */
export function listingToManifest(d: DraftListing) {
  return {
    slug: d.slug.trim(),
    name: d.name.trim(),
    summary: d.summary.trim(),
    description: d.description,
    category: d.category.trim(),
    tags: splitList(d.tagsText),
    version: d.version.trim(),
    changelog: d.changelog.trim(),
  };
}

/** The listing boxes of a new version's form, from the latest manifest; the changelog starts empty. */
export function listingFromManifest(
  m: { slug: string; name: string; summary: string; description?: unknown; category: string; tags: string[] },
  nextVersion: string,
): Omit<DraftListing, "changelog"> {
  return {
    slug: m.slug,
    name: m.name,
    summary: m.summary,
    description: typeof m.description === "string" ? m.description : "",
    category: m.category,
    tagsText: m.tags.join(", "),
    version: nextVersion,
  };
}
