// The public pages (catalog, brick pages, the attestation API) are served from Next.js's cache and
// revalidated exactly when what they show changes. Every service that changes a brick, a version,
// an audit/attestation or a network calls this after its transaction commits:
//   revalidateCatalog({ slug })            one brick changed (publish, yank, deprecate, attest, transfer)
//   revalidateCatalog({ slug, version })   … and that version's attestation API answer
//   revalidateCatalog({ all: true })       networks changed: every brick page names them
// A render already in flight when the change commits can still store the old page after this
// revalidation (Next.js stamps an entry when it is stored, not when its data was read); the pages
// therefore also expire after a minute, and authoring pages do not prefetch the brick page they change.
// The front cache in front of Next.js (lib/http/front-cache) is emptied by the same call.
// Outside a Next.js request (scripts, tests calling services directly) there is no cache to
// revalidate, so it is a no-op there (a fresh `npm start` renders pages anew anyway).
import "server-only";
import { revalidatePath } from "next/cache";
import { bumpPublicPagesGeneration } from "@/lib/http/front-cache/public-pages-generation";

export type TCatalogChange = { slug?: string; version?: string; all?: boolean };

function tryRevalidate(path: string, type?: "page" | "layout"): boolean {
  try {
    revalidatePath(path, type);
    return true;
  } catch (error) {
    if (error instanceof Error && /static generation store missing/.test(error.message)) return false;
    throw error;
  }
}

export function revalidateCatalog(change: TCatalogChange): void {
  bumpPublicPagesGeneration(); // the front cache (scripts/serve.ts) drops every page it holds
  tryRevalidate("/catalog/all"); // what "/" serves (a rewrite in next.config.js)
  if (change.all || !change.slug) {
    tryRevalidate("/bricks/[slug]", "page");
    tryRevalidate("/functions/[slug]", "page");
    tryRevalidate("/api/bricks/[slug]/versions/[version]/attestations", "page");
    return;
  }
  tryRevalidate(`/bricks/${change.slug}`);
  tryRevalidate(`/functions/${change.slug}`); // a function brick's public page
  if (change.version) tryRevalidate(`/api/bricks/${change.slug}/versions/${change.version}/attestations`);
  else tryRevalidate("/api/bricks/[slug]/versions/[version]/attestations", "page");
}
