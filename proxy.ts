// Next.js 16 proxy (formerly middleware): runs before routing. A path with a malformed %-escape
// (e.g. /bricks/%E0%A4%A) makes Next's own param decoding throw, which used to answer a plain-text
// 500 before any of our code ran; here it is a 400 with a plain message instead.
// It also serves the plain front page "/" from the cached /catalog/all; "/?q=…" (any catalog query)
// stays on the per-request catalog page (see README, caching).
import { NextResponse, type NextRequest } from "next/server";
import { isDecodablePath } from "@/lib/http/decode-segment";

export function proxy(request: NextRequest) {
  if (!isDecodablePath(request.nextUrl.pathname)) {
    return new NextResponse("This address is malformed (a broken %-escape). Check the link and try again.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === "/" && !CATALOG_KEYS.some((k) => searchParams.has(k))) {
    const url = request.nextUrl.clone();
    url.pathname = "/catalog/all";
    return NextResponse.rewrite(url);
  }
  return NextResponse.next();
}

const CATALOG_KEYS = ["q", "category", "network", "audit", "sort", "page", "kind"];

export const config = {
  // Static assets never carry user-chosen segments.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
