// The front cache on a real HTTP server, with a handler standing in for Next.js that counts how often
// it is asked: what it keeps, what it never keeps, and that a change drops everything at once.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withFrontCache } from "@/lib/http/front-cache/front-cache";
import { bumpPublicPagesGeneration } from "@/lib/http/front-cache/public-pages-generation";

const SHARED = "s-maxage=60, stale-while-revalidate=31535940"; // what Next.js sends for its cached pages
let server: Server;
let base = "";
let renders = 0;
let releaseSlow: (() => void) | null = null;

/** Paths choose the answer: /page/* cached pages, /private, /missing (404), /cookie, /slow/* (held). */
async function fakeNext(req: IncomingMessage, res: ServerResponse) {
  renders += 1;
  const url = req.url ?? "";
  if (url.startsWith("/slow")) await new Promise<void>((resolve) => (releaseSlow = resolve));
  res.statusCode = url === "/missing" ? 404 : 200;
  res.setHeader("cache-control", url === "/private" ? "private, no-cache, no-store" : SHARED);
  res.setHeader("x-nextjs-cache", "MISS");
  if (url === "/cookie") res.setHeader("set-cookie", "a=b");
  const body = `render ${renders} of ${url}`;
  if (String(req.headers["accept-encoding"] ?? "").includes("gzip")) {
    res.setHeader("content-encoding", "gzip");
    res.write(gzipSync(body));
    res.end();
  } else {
    res.write(body.slice(0, 3)); // in two writes, as a streamed page
    res.end(body.slice(3));
  }
}

/** Lets the held /slow render finish. */
function release() {
  const finish = releaseSlow;
  releaseSlow = null;
  finish?.();
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

beforeAll(async () => {
  server = createServer(withFrontCache(fakeNext));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("front cache", () => {
  it("keeps a shared-cacheable page and answers it again without asking Next.js", async () => {
    const first = await get("/page/a");
    const second = await get("/page/a");
    expect(first.headers.get("x-front-cache")).toBeNull();
    expect(second.headers.get("x-front-cache")).toBe("HIT");
    expect(second.headers.get("x-nextjs-cache")).toBeNull(); // Next's word at store time is not repeated
    expect(second.headers.get("cache-control")).toBe(SHARED);
    expect(await second.text()).toBe(await first.text());
  });

  it("keeps compressed and plain answers apart", async () => {
    const plain = await (await get("/page/z")).text();
    const zipped = await get("/page/z", { "accept-encoding": "gzip" });
    const again = await get("/page/z", { "accept-encoding": "gzip" });
    expect(zipped.headers.get("x-front-cache")).toBeNull();
    expect(again.headers.get("x-front-cache")).toBe("HIT");
    expect(await again.text()).toBe(await zipped.text()); // fetch unzips both the same way
    expect(plain).toMatch(/^render \d+ of \/page\/z$/);
  });

  it("never keeps private answers, errors, cookies, signed-in or router requests", async () => {
    for (const path of ["/private", "/missing", "/cookie"]) {
      await get(path);
      expect((await get(path)).headers.get("x-front-cache"), path).toBeNull();
    }
    await get("/page/b");
    const signedIn = await get("/page/b", { cookie: "next-auth.session-token=x" });
    const router = await get("/page/b", { rsc: "1" });
    expect(signedIn.headers.get("x-front-cache")).toBeNull();
    expect(router.headers.get("x-front-cache")).toBeNull();
    const post = await fetch(base + "/page/b", { method: "POST", body: "x" });
    expect(post.headers.get("x-front-cache")).toBeNull();
  });

  it("drops every page at once when the public pages change", async () => {
    await get("/page/c");
    expect((await get("/page/c")).headers.get("x-front-cache")).toBe("HIT");
    const before = renders;
    bumpPublicPagesGeneration();
    const after = await get("/page/c");
    expect(after.headers.get("x-front-cache")).toBeNull();
    expect(renders).toBe(before + 1);
    expect((await get("/page/c")).headers.get("x-front-cache")).toBe("HIT");
  });

  it("does not keep an answer that was being produced while a change committed", async () => {
    const pending = get("/slow/d");
    await expect.poll(() => releaseSlow !== null).toBe(true);
    bumpPublicPagesGeneration(); // the change commits mid-render
    release();
    await (await pending).text();
    const next = get("/slow/d");
    await expect.poll(() => releaseSlow !== null).toBe(true); // asked Next.js again: nothing was kept
    release();
    expect((await next).headers.get("x-front-cache")).toBeNull();
    expect((await get("/slow/d")).headers.get("x-front-cache")).toBe("HIT");
  });
});
