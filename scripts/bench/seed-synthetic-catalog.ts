// Fills a separate database file with a synthetic catalog: 1,000 bricks with 10 versions each.
// Rows look like real ones (searchText, tags, categories, networks) so the queries do real work.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";

const CATEGORIES = ["tokens", "payments", "escrow", "vesting", "oracles", "access-control", "governance", "nft"];
const WORDS = [
  "token",
  "vault",
  "split",
  "escrow",
  "oracle",
  "allow",
  "vest",
  "stake",
  "swap",
  "bridge",
  "dao",
  "multisig",
  "auction",
  "lottery",
  "badge",
];

export async function seedSyntheticCatalog(db: PrismaClient, opts: { bricks: number; versionsPerBrick: number }) {
  const network = await db.network.create({
    data: {
      slug: "local-dev",
      name: "Local dev chain",
      rpcUrl: "ws://127.0.0.1:9944",
      tokenSymbol: "PAS",
      decimals: 10,
      isDevChain: true,
    },
  });
  const wasm = new Uint8Array(randomBytes(2048));
  const abi = JSON.stringify({ source: { hash: "0x00" }, spec: { constructors: [], messages: [] } });
  for (let b = 0; b < opts.bricks; b++) {
    const w1 = WORDS[b % WORDS.length],
      w2 = WORDS[(b * 7) % WORDS.length];
    const name = `${w1[0].toUpperCase()}${w1.slice(1)} ${w2} ${b}`;
    const summary = `A synthetic ${w1} brick number ${b} that does ${w2} things for benchmarking.`;
    const tags = [w1, w2, `t${b % 50}`].join(" ");
    const latest = `1.${opts.versionsPerBrick - 1}.0`;
    const brick = await db.brick.create({
      data: {
        slug: `synthetic-${b}`,
        name,
        summary,
        description: `# ${name}\n\n${summary}`,
        category: CATEGORIES[b % CATEGORIES.length],
        tags,
        searchText: `${name} ${summary} ${tags}`.toLowerCase(),
        latestVersion: latest,
        audited: b % 3 === 0,
      },
    });
    await db.brickVersion.createMany({
      data: Array.from({ length: opts.versionsPerBrick }, (_, v) => ({
        brickId: brick.id,
        version: `1.${v}.0`,
        versionSort: `00001.${String(v).padStart(5, "0")}.00000~`,
        codeHash: `0x${randomBytes(32).toString("hex")}`,
        abi,
        wasm,
        manifest: "{}",
      })),
    });
    const versions = await db.brickVersion.findMany({ where: { brickId: brick.id }, select: { id: true } });
    await db.brickVersionNetwork.createMany({
      data: versions.map((v) => ({ brickVersionId: v.id, networkSlug: network.slug })),
    });
  }
}
