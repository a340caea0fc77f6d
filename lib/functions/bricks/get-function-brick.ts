// A first-party function brick as the catalog shows it, read from BRICKS_DIR (function-brick.json).
// Only bricks that pass every check are shown.
import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { loadFunctionBrick, loadFunctionBricksDir } from "@/lib/bricks/kinds/function/load-function-bricks";
import type { TLoadedFunctionBrick } from "@/lib/bricks/kinds/function/check-function-brick";

const dirs = () => env().BRICKS_DIR.split(path.delimiter).filter(Boolean);

export async function getFunctionBrick(slug: string): Promise<TLoadedFunctionBrick | null> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return null;
  for (const dir of dirs()) {
    const loaded = await loadFunctionBrick(path.join(dir, slug));
    if (loaded.ok) return loaded.brick;
  }
  return null;
}

export async function listFunctionBricks(): Promise<TLoadedFunctionBrick[]> {
  const all = await Promise.all(dirs().map((d) => loadFunctionBricksDir(d)));
  return all.flat().flatMap((r) => (r.ok ? [r.brick] : []));
}
