// A page's first-load JS and CSS, read from the production build: the /_next/static files its HTML
// references, raw and gzipped, exactly as a browser would fetch them on first visit.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export function firstLoadAssets(html: string, nextDir: string) {
  const refs = new Set<string>();
  // <script noModule> polyfills are skipped by every browser that runs modules, so they do not count.
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"[^>]*>/g)) {
    if (!/\bnoModule\b/i.test(m[0])) refs.add(m[1]);
  }
  let js = 0,
    jsGz = 0,
    css = 0,
    cssGz = 0;
  for (const ref of refs) {
    const file = path.join(nextDir, "static", decodeURIComponent(ref.slice("/_next/static/".length)));
    const bytes = readFileSync(file);
    const gz = gzipSync(bytes, { level: 9 }).length;
    if (ref.endsWith(".js")) {
      js += bytes.length;
      jsGz += gz;
    } else {
      css += bytes.length;
      cssGz += gz;
    }
  }
  return { files: refs.size, js, jsGz, css, cssGz, total: js + css, totalGz: jsGz + cssGz };
}
