// Next.js configuration. Environment variables are validated by lib/env.ts when the server starts
// (instrumentation.ts) and by scripts/start.ts before anything runs.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Next.js hashes every cached page's full HTML in JavaScript, per request, to make an ETag: a CPU
  // profile of `npm run bench:load` put ~60% of the server's busy time there (80 KB brick pages).
  // Cached pages already carry Cache-Control, so the ETag buys nothing here.
  generateEtags: false,
  // Lets a benchmark or experiment build beside the app's own build without touching it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Auditors upload .contract bundles through server actions; a maximum-size wasm is ~600 KB as hex.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  // The plain front page "/" is the cached catalog (/catalog/all); any catalog query ("/?q=…") stays on
  // the per-request page. A config rewrite is always served in-process: the same rewrite in proxy.ts
  // made Next.js forward "/" over HTTP to itself (its "localhost" origin is not the 127.0.0.1 the app
  // listens on), and a reused keep-alive socket now and then answered 500 ("socket hang up").
  async rewrites() {
    const catalogKeys = ["q", "category", "network", "audit", "sort", "page", "kind"];
    return {
      beforeFiles: [
        {
          source: "/",
          missing: catalogKeys.map((key) => ({ type: "query", key })),
          destination: "/catalog/all",
        },
      ],
    };
  },
  // Chopsticks and the Prisma/libSQL stack are Node-only; keep them out of the server bundle.
  serverExternalPackages: [
    "@acala-network/chopsticks",
    "@acala-network/chopsticks-core",
    "@libsql/client",
    "@prisma/adapter-libsql",
    "@parity/resolc",
    "solc",
  ],
};

export default nextConfig;
