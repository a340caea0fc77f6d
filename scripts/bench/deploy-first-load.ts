// The deploy page's first-load JS+CSS from a production build, as a signed-in person fetches it
// (a session row plus the signed cookie next-auth expects). BENCH_NEXT_DIST_DIR builds and serves
// from another folder, so a running app's .next is left alone; by default the app's build is used
// (built first when missing or stale, as npm start does). BENCH_REUSE_BUILD=1 skips building there.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { firstLoadAssets } from "@/lib/bench/first-load-assets";
import { db } from "@/lib/db";
import { ensureBuild } from "@/lib/setup/ensure-build";
import { ROOT, type BenchUser } from "./deploy-setup";

const PORT = Number(process.env.BENCH_DEPLOY_PORT ?? 3298);

function build(distDir: string | undefined) {
  if (!distDir) return ensureBuild();
  if (process.env.BENCH_REUSE_BUILD) return; // measuring again with the build made last time
  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const r = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: distDir },
  });
  if (r.status !== 0) throw new Error("next build failed (see the output above).");
}

async function waitFor(url: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

export async function deployPageFirstLoad(u: BenchUser, rpcUrl: string) {
  const distDir = process.env.BENCH_NEXT_DIST_DIR;
  build(distDir);
  const sid = randomBytes(24).toString("base64url");
  await db.session.create({ data: { sessionToken: sid, userId: u.id, expires: new Date(Date.now() + 3_600_000) } });
  const secret = process.env.NEXTAUTH_SECRET!;
  const jwt = await encode({ token: { sid, uid: u.id, address: u.address, accountId: "", name: "Bench 0" }, secret });
  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      CHAIN_RPC_URL: rpcUrl,
      ...(distDir ? { NEXT_DIST_DIR: distDir } : {}),
    },
    stdio: "ignore",
  });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    await waitFor(`${base}/`);
    const res = await fetch(`${base}/bricks/price-feed-oracle/deploy`, {
      headers: { cookie: `next-auth.session-token=${jwt}` },
      redirect: "manual",
    });
    const html = await res.text();
    // React puts <!-- --> between text parts: look for a heading that is one piece of text.
    if (!res.ok || !html.includes("Where it goes"))
      throw new Error(`The deploy page did not render for the bench user (HTTP ${res.status}).`);
    const nextDir = path.join(ROOT, distDir ?? ".next");
    const floor = firstLoadAssets(await fetch(`${base}/no-such-page`).then((r) => r.text()), nextDir);
    return { page: firstLoadAssets(html, nextDir), floor };
  } finally {
    server.kill("SIGTERM");
  }
}
