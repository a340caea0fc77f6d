// A small in-process page cache in front of Next.js for its cached public pages (catalog, brick and
// function pages, attestation answers), as a CDN would be. Next.js already serves these from its
// cache, but its request pipeline costs ~2 ms of CPU each; at 200 concurrent clients on 2 cores that
// alone puts p99 near 900 ms (`npm run bench:load`). Here a kept page is written straight back.
// Only what Next.js marked shared-cacheable is kept (storable-response.ts), for at most a minute; every
// change that revalidates the public pages (lib/catalog/revalidate-catalog.ts) drops all of them at
// once, and an answer that was being produced while a change committed is not kept.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { frontCacheKey } from "./cache-key";
import { captureResponse } from "./capture-response";
import { currentPublicPagesGeneration } from "./public-pages-generation";
import { storableSeconds } from "./storable-response";

type TEntry = { headers: OutgoingHttpHeaders; body: Buffer; expiresAt: number; generation: number };
type THandler = (req: IncomingMessage, res: ServerResponse) => unknown;

const MAX_ENTRIES = 500;

export function withFrontCache(next: THandler): THandler {
  const entries = new Map<string, TEntry>();

  return (req, res) => {
    const key = frontCacheKey(req);
    if (key === null) return next(req, res);
    const generation = currentPublicPagesGeneration();
    const hit = entries.get(key);
    if (hit && hit.generation === generation && hit.expiresAt > Date.now()) {
      res.writeHead(200, { ...hit.headers, "content-length": hit.body.length, "x-front-cache": "HIT" });
      res.end(hit.body);
      return;
    }
    if (hit) entries.delete(key);
    captureResponse(res, (body) => {
      const headers = res.getHeaders();
      const seconds = storableSeconds(res.statusCode, headers);
      if (seconds === 0 || currentPublicPagesGeneration() !== generation) return;
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      // What Next.js said about its own cache when this was stored would read as current; say ours.
      for (const name of ["content-length", "transfer-encoding", "x-nextjs-cache"]) delete headers[name];
      entries.set(key, { headers, body, expiresAt: Date.now() + seconds * 1000, generation });
    });
    return next(req, res);
  };
}
