// Loads bricks from folders: bricks/<slug>/brick.json plus the files it names (description,
// contract bundle), relative to the brick folder. All checks live in check-brick.ts; this file only
// knows about the file system (and that a folder's name must be its slug).
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { checkBrick, type BrickCheckResult, type BrickProblem, type LoadedBrick } from "./check-brick";

export type { BrickProblem, LoadedBrick };

export type BrickLoadResult = BrickCheckResult & {
  /** The brick folder. */
  dir: string;
  /** Its brick.json. */
  file: string;
};

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "EISDIR")
      return undefined;
    throw error;
  }
}

/** Loads and checks bricks/<slug>/ (the folder holding brick.json). */
export async function loadBrick(dir: string): Promise<BrickLoadResult> {
  const abs = path.resolve(dir);
  const file = path.join(abs, "brick.json");
  const manifestText = await readText(file);
  if (manifestText === undefined) {
    const problem: BrickProblem = {
      file,
      jsonPath: "$",
      message: "brick.json does not exist",
      fix: "create brick.json in the brick folder",
    };
    return { ok: false, problems: [problem], dir: abs, file };
  }
  const result = await checkBrick({
    file,
    manifestText,
    read: (rel) => readText(path.resolve(abs, rel)),
    nameOf: (rel) => path.resolve(abs, rel),
  });
  const slug = result.ok ? result.brick.manifest.slug : result.slug;
  const folder = path.basename(abs);
  if (slug !== undefined && slug !== folder) {
    const problem: BrickProblem = {
      file,
      jsonPath: "$.slug",
      message: `The slug "${slug}" differs from the folder name "${folder}"`,
      fix: `rename the folder to ${slug}, or set "slug": "${folder}"`,
    };
    return { ok: false, slug, problems: [...(result.ok ? [] : result.problems), problem], dir: abs, file };
  }
  return { ...result, dir: abs, file };
}

/**
 * Loads every brick folder in `dir` (those holding a brick.json), in name order. Folders starting
 * with "_" are tooling and examples (bricks/_kit, bricks/_examples), not bricks. A missing `dir`
 * means no bricks.
 */
export async function loadBricksDir(dir: string): Promise<BrickLoadResult[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const results: BrickLoadResult[] = [];
  for (const name of names) {
    if (name.startsWith("_") || name.startsWith(".")) continue;
    const sub = path.join(dir, name);
    if (!(await stat(sub)).isDirectory()) continue;
    const hasManifest = await stat(path.join(sub, "brick.json")).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!hasManifest) continue;
    results.push(await loadBrick(sub));
  }
  return results;
}
