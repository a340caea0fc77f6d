// npm run bench — catalog speed on a synthetic catalog of 1,000 bricks / 10,000 versions, in a
// separate database file: page server time over HTTP, search query time, and first-load JS+CSS.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { migrateDatabase } from "@/lib/setup/migrate-database";
import { ensureBuild } from "@/lib/setup/ensure-build";
import { searchBricks } from "@/lib/catalog/search-bricks";
import { ZCatalogQuery } from "@/lib/catalog/search-params";
import { firstLoadAssets } from "@/lib/bench/first-load-assets";
import { fmtKb, fmtMs, timeRuns, verdict } from "@/lib/bench/stats";
import { seedSyntheticCatalog } from "./seed-synthetic-catalog";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const DB_URL = "file:./.tmp/bench/catalog.db";
const PORT = Number(process.env.BENCH_PORT ?? 3299);
const RUNS = 200;

async function waitFor(url: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

async function main() {
  rmSync(path.join(ROOT, ".tmp", "bench"), { recursive: true, force: true });
  migrateDatabase(DB_URL);
  const db = createPrismaClient(DB_URL);
  const t = performance.now();
  await seedSyntheticCatalog(db, { bricks: 1000, versionsPerBrick: 10 });
  console.log(
    `Seeded ${await db.brick.count()} bricks / ${await db.brickVersion.count()} versions in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  // Full-text (FTS5) queries: plain words, two words, a short prefix, a synonym phrase, and a miss.
  const queries = [
    "vault",
    "oracle split",
    "t7",
    "escrow",
    "send money to several people",
    "nft",
    "nothing-matches-this",
  ];
  const search = await timeRuns(RUNS, (i) => searchBricks(db, ZCatalogQuery.parse({ q: queries[i % queries.length] })));
  // Baseline in the same run: the old substring scan over the lower-cased searchText column.
  const substring = await timeRuns(RUNS, (i) => {
    const words = queries[i % queries.length].toLowerCase().split(/\s+/);
    const where = { latestVersion: { not: null }, AND: words.map((w) => ({ searchText: { contains: w } })) };
    return Promise.all([db.brick.findMany({ where, take: 24, orderBy: { name: "asc" } }), db.brick.count({ where })]);
  });
  const filtered = await timeRuns(RUNS, (i) =>
    searchBricks(
      db,
      ZCatalogQuery.parse({
        category: "oracles",
        network: "local-dev",
        audit: i % 2 ? "audited" : "any",
        sort: "updated",
      }),
    ),
  );

  ensureBuild();
  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: DB_URL, NODE_ENV: "production" },
    stdio: "ignore",
  });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    await waitFor(`${base}/`);
    for (let i = 0; i < 10; i++) await fetch(`${base}/`).then((r) => r.text()); // warm up
    const page = await timeRuns(RUNS, () => fetch(`${base}/`).then((r) => r.text()));
    const pageSearch = await timeRuns(RUNS, (i) =>
      fetch(`${base}/?q=${encodeURIComponent(queries[i % queries.length])}`).then((r) => r.text()),
    );
    const assets = firstLoadAssets(await fetch(`${base}/`).then((r) => r.text()), path.join(ROOT, ".next"));
    // The 404 page has the same layout and framework chunks and no page code: the floor any page pays.
    const floor = firstLoadAssets(await fetch(`${base}/no-such-page`).then((r) => r.text()), path.join(ROOT, ".next"));

    console.log(`\nCatalog benchmark (${RUNS} runs each, 1,000 bricks / 10,000 versions)`);
    console.log(
      `  catalog page GET /            p50 ${fmtMs(page.p50)}  p95 ${fmtMs(page.p95)}  ${verdict(page.p50, 50)}`,
    );
    console.log(`  catalog page GET /?q=…        p50 ${fmtMs(pageSearch.p50)}  p95 ${fmtMs(pageSearch.p95)}`);
    console.log(
      `  search query (full text FTS5) p50 ${fmtMs(search.p50)}  p95 ${fmtMs(search.p95)}  ${verdict(search.p50, 5)}`,
    );
    console.log(
      `    baseline: substring scan    p50 ${fmtMs(substring.p50)}  p95 ${fmtMs(substring.p95)}  (FTS5 / substring = ${(search.p50 / substring.p50).toFixed(2)}×)`,
    );
    console.log(
      `  search query (filters+sort)   p50 ${fmtMs(filtered.p50)}  p95 ${fmtMs(filtered.p95)}  ${verdict(filtered.p50, 20)}`,
    );
    console.log(
      `  first-load JS+CSS of /        ${fmtKb(assets.total)} raw, ${fmtKb(assets.totalGz)} gzip (${assets.files} files; JS ${fmtKb(assets.jsGz)} gz, CSS ${fmtKb(assets.cssGz)} gz)  ${verdict(assets.totalGz / 1024, 120)}`,
    );
    console.log(
      `    of which the floor every page pays (Next.js + React runtime + layout, measured on the 404 page): ${fmtKb(floor.totalGz)} gzip; the catalog's own code: ${fmtKb(assets.totalGz - floor.totalGz)} gzip`,
    );
  } finally {
    server.kill("SIGTERM");
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
