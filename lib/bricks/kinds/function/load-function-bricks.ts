// Loads function bricks from a bricks folder: every bricks/<slug>/function-brick.json, checked with
// the contract bricks of the same folder as the targets it may feed. The folder name must be the slug.
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { loadBrick, type LoadedBrick } from "@/lib/bricks/load-brick";
import { checkFunctionBrick, type TFunctionBrickCheck } from "./check-function-brick";
import { FUNCTION_MANIFEST_FILE } from "./manifest-schema";

export type TFunctionBrickLoad = TFunctionBrickCheck & { dir: string; file: string };

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR") return undefined;
    throw error;
  }
}

export async function loadFunctionBrick(dir: string): Promise<TFunctionBrickLoad> {
  const abs = path.resolve(dir);
  const file = path.join(abs, FUNCTION_MANIFEST_FILE);
  const manifestText = (await readText(file)) ?? "";
  const contracts = new Map<string, LoadedBrick | undefined>();
  const result = await checkFunctionBrick({
    file,
    manifestText,
    read: (rel) => readText(path.resolve(abs, rel)),
    nameOf: (rel) => path.resolve(abs, rel),
    contractBrick: async (slug) => {
      if (!contracts.has(slug)) {
        const loaded = await loadBrick(path.join(path.dirname(abs), slug));
        contracts.set(slug, loaded.ok ? loaded.brick : undefined);
      }
      return contracts.get(slug);
    },
  });
  const slug = result.ok ? result.brick.manifest.slug : result.slug;
  const folder = path.basename(abs);
  if (slug !== undefined && slug !== folder) {
    const problem = {
      file,
      jsonPath: "$.slug",
      message: `The slug "${slug}" differs from the folder name "${folder}"`,
      fix: `rename the folder to ${slug}, or set "slug": "${folder}"`,
    };
    return { ok: false, slug, problems: [...(result.ok ? [] : result.problems), problem], dir: abs, file };
  }
  return { ...result, dir: abs, file };
}

/** Every folder of `dir` holding a function-brick.json (folders starting with "_" or "." skipped). */
export async function loadFunctionBricksDir(dir: string): Promise<TFunctionBrickLoad[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const results: TFunctionBrickLoad[] = [];
  for (const name of names) {
    if (name.startsWith("_") || name.startsWith(".")) continue;
    const has = await stat(path.join(dir, name, FUNCTION_MANIFEST_FILE)).then(
      (s) => s.isFile(),
      () => false,
    );
    if (has) results.push(await loadFunctionBrick(path.join(dir, name)));
  }
  return results;
}
