// The production web server: Next.js's request handler behind the front cache for public pages
// (lib/http/front-cache). `npm start` and the load benchmark run this instead of `next start`.
// Usage: tsx scripts/serve.ts <port> <host> [--no-front-cache]   (without the react-server condition: this
// is plain Node). --no-front-cache serves Next.js alone, for the load benchmark's comparison.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { withFrontCache } from "@/lib/http/front-cache/front-cache";

async function main() {
  // What `next start`'s CLI sets before loading Next.js: React and Next.js pick their production code
  // from NODE_ENV, and instrumentation.ts starts the tracker only when NEXT_RUNTIME is "nodejs".
  Object.assign(process.env, { NODE_ENV: "production", NEXT_RUNTIME: "nodejs" });
  const { default: next } = await import("next");
  const [portArg, hostArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const port = Number(portArg ?? 3000);
  const hostname = hostArg ?? "127.0.0.1";
  const app = next({ dev: false, dir: path.join(import.meta.dirname, ".."), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const plain = (req: IncomingMessage, res: ServerResponse) => handle(req, res);
  const server = createServer(process.argv.includes("--no-front-cache") ? plain : withFrontCache(plain));
  server.listen(port, hostname, () => console.log(`[brickyard] Serving on http://${hostname}:${port}`));
  // Finish what is in flight, but do not wait on open event streams (live deploy progress) for good.
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
