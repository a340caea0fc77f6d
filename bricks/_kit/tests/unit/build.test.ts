// bricks:build is deterministic: two builds (two compiler processes) give byte-identical bundles.
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { buildContracts } from "../../metadata/build";

const BRICKS = path.resolve(import.meta.dirname, "../../..");
const DIRS = [path.join(BRICKS, "fungible-token"), path.join(BRICKS, "_examples", "consumer")];
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

it("builds the same bytes twice", async () => {
  const outs = [];
  for (let i = 0; i < 2; i++) {
    const out = await mkdtemp(path.join(os.tmpdir(), `bricks-build-${i}-`));
    temps.push(out);
    await buildContracts(DIRS, { outDir: out });
    outs.push(out);
  }
  const files = (await readdir(outs[0])).sort();
  expect(files).toEqual(["consumer.contract", "fungible-token.contract"]);
  expect((await readdir(outs[1])).sort()).toEqual(files);
  for (const f of files) {
    const [a, b] = await Promise.all(outs.map((o) => readFile(path.join(o, f))));
    expect(a.equals(b), f).toBe(true);
  }
}, 300_000);
