// What `brickyard publish <folder>` sends for either kind of brick, after the same local checks as
// `npm run bricks:check`: a contract brick's brick.json and .contract bundle, or a function brick's
// function-brick.json and JavaScript source (the "bundle" of a function brick). Descriptions inline.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadBrick } from "@/lib/bricks/load-brick";
import { loadFunctionBrick } from "@/lib/bricks/kinds/function/load-function-bricks";
import { FUNCTION_MANIFEST_FILE } from "@/lib/bricks/kinds/function/manifest-schema";
import type { BrickProblem } from "@/lib/bricks/check-brick";

export type BrickFolder =
  | { ok: true; kind: "contract" | "function"; dir: string; manifest: Record<string, unknown>; bundle: string }
  | { ok: false; problems: BrickProblem[] };

export async function readBrickFolder(dir: string): Promise<BrickFolder> {
  if (existsSync(path.join(dir, FUNCTION_MANIFEST_FILE))) {
    const loaded = await loadFunctionBrick(dir);
    if (!loaded.ok) return { ok: false, problems: loaded.problems };
    // The stored manifest names the source file; the check recomputes the hash from the text sent.
    const { manifest, source } = loaded.brick;
    return { ok: true, kind: "function", dir: loaded.dir, manifest, bundle: source };
  }
  const loaded = await loadBrick(dir);
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  const { manifest } = loaded.brick;
  return {
    ok: true,
    kind: "contract",
    dir: loaded.dir,
    manifest,
    bundle: readFileSync(path.resolve(loaded.dir, manifest.contract), "utf8"),
  };
}
