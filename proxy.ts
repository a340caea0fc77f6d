// Next.js 16 proxy (formerly middleware): runs before routing. A path with a malformed %-escape
// (e.g. /bricks/%E0%A4%A) makes Next's own param decoding throw, which used to answer a plain-text
// 500 before any of our code ran; here it is a 400 with a plain message instead.
// (The plain front page "/" is rewritten to the cached catalog in next.config.js, not here.)
import { NextResponse, type NextRequest } from "next/server";
import { isDecodablePath } from "@/lib/http/decode-segment";

export function proxy(request: NextRequest) {
  if (!isDecodablePath(request.nextUrl.pathname)) {
    return new NextResponse("This address is malformed (a broken %-escape). Check the link and try again.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return NextResponse.next();
}

export const config = {
  // Static assets never carry user-chosen segments.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
