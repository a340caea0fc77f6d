// Checks a function brick sent through the publish API or form: its manifest object and its source
// text (the "bundle" of a function brick). The contract bricks it says it feeds are looked up among the
// first-party bricks (BRICKS_DIR), the same ones `npm run bricks:check` checks against.
import path from "node:path";
import { env } from "@/lib/env";
import { loadBrick, type LoadedBrick } from "@/lib/bricks/load-brick";
import { checkFunctionBrick, type TFunctionBrickCheck } from "./check-function-brick";

export async function checkFunctionUpload(
  manifest: Record<string, unknown>,
  sourceText: string,
): Promise<TFunctionBrickCheck> {
  const sourceName = typeof manifest.source === "string" && manifest.source ? manifest.source : "function.js";
  const dirs = env().BRICKS_DIR.split(path.delimiter).filter(Boolean);
  return checkFunctionBrick({
    file: "function-brick.json",
    manifestText: JSON.stringify({ ...manifest, source: sourceName }),
    read: async (relative) => (relative === sourceName ? sourceText : undefined),
    nameOf: (relative) => relative,
    contractBrick: async (slug): Promise<LoadedBrick | undefined> => {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return undefined;
      for (const dir of dirs) {
        const loaded = await loadBrick(path.join(dir, slug));
        if (loaded.ok) return loaded.brick;
      }
      return undefined;
    },
  });
}
