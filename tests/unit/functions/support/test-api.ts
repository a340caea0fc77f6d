// A small HTTP API on 127.0.0.1 for the function tests: a JSON price, redirects, big and slow bodies.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type TTestApi = { origin: string; host: string; port: number; hits: string[]; close(): Promise<void> };

export async function startTestApi(): Promise<TTestApi> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    hits.push(`${req.method} ${url.pathname}${url.search} host=${req.headers.host}`);
    if (url.pathname === "/price") {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ symbol: "DOT", price: 4.2175 }));
    } else if (url.pathname === "/echo") {
      res.end(url.search);
    } else if (url.pathname === "/redirect") {
      res.writeHead(302, { location: url.searchParams.get("to") ?? "/price" });
      res.end();
    } else if (url.pathname === "/big") {
      // Chunked, no content-length: the cap must hold while streaming.
      const chunk = "x".repeat(64 * 1024);
      let sent = 0;
      const total = Number(url.searchParams.get("bytes") ?? 4 * 1024 * 1024);
      const write = () => {
        while (sent < total) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", write);
        }
        res.end();
      };
      write();
    } else if (url.pathname === "/slow") {
      setTimeout(() => res.end("late"), Number(url.searchParams.get("ms") ?? 5000)).unref();
    } else {
      res.statusCode = 404;
      res.end("not found");
    }
  });
  server.on("clientError", () => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
