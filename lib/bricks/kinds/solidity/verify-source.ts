// Verified source: compiles a Solidity bundle's recorded standard-JSON input again with the pinned
// resolc and accepts the bundle only when the result is byte for byte its code. A success is
// remembered on disk by (input hash, code hash, compiler versions), so publishing the same bundle
// again — the seed on every start — does not pay ~10 s of compiling per brick each time.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { bytesToHex } from "viem";
import { compileContract, compilerVersions } from "./compile";
import type { SolidityBundle } from "./parse-bundle";

export type VerifyOutcome =
  | { ok: true; cached: boolean; compiler: { resolc: string; solc: string } }
  | { ok: false; message: string; fix: string };

/** Where successes are remembered: data/ beside the database, or VERIFY_CACHE_DIR (tests). */
function cacheDir(): string {
  return process.env.SOLIDITY_VERIFY_CACHE_DIR || path.join(process.cwd(), "data", "verified-sources");
}

/** sha-256 of the exact input text the compiler is given. */
export function inputHash(bundle: Pick<SolidityBundle, "input">): string {
  return createHash("sha256").update(JSON.stringify(bundle.input)).digest("hex");
}

function cacheFile(bundle: SolidityBundle, compiler: { resolc: string; solc: string }): string {
  const key = createHash("sha256")
    .update(
      [
        inputHash(bundle),
        bundle.codeHash,
        bundle.contract.file,
        bundle.contract.name,
        compiler.resolc,
        compiler.solc,
      ].join("\n"),
    )
    .digest("hex");
  return path.join(cacheDir(), `${key}.json`);
}

export async function verifySoliditySource(
  bundle: SolidityBundle,
  opts: { useCache?: boolean } = {},
): Promise<VerifyOutcome> {
  const pinned = await compilerVersions();
  if (bundle.compiler.resolc !== pinned.resolc || bundle.compiler.solc !== pinned.solc) {
    return {
      ok: false,
      message: `The bundle was compiled with resolc ${bundle.compiler.resolc} / solc ${bundle.compiler.solc}, but Brickyard verifies with resolc ${pinned.resolc} / solc ${pinned.solc}, so its code cannot be checked`,
      fix: `rebuild it with resolc ${pinned.resolc} (npm run bricks:build)`,
    };
  }
  const file = cacheFile(bundle, pinned);
  if (opts.useCache !== false) {
    const hit = await readFile(file, "utf8").then(
      (t) => (JSON.parse(t) as { codeHash?: string }).codeHash === bundle.codeHash,
      () => false,
    );
    if (hit) return { ok: true, cached: true, compiler: pinned };
  }
  let code: string;
  try {
    code = (await compileContract(bundle.input, bundle.contract)).code.toLowerCase();
  } catch (error) {
    return {
      ok: false,
      message: `The bundle's sources do not compile: ${(error as Error).message.split("\n").slice(0, 6).join(" ")}`,
      fix: "publish the exact compiler input the code was built from (npm run bricks:build writes it)",
    };
  }
  if (code !== bytesToHex(bundle.wasm).toLowerCase()) {
    return {
      ok: false,
      message: `The bundle's sources do not compile to its code: compiling input.sources with resolc ${pinned.resolc} gives ${(code.length - 2) / 2} bytes that differ from the ${bundle.wasm.length} bytes in "code"`,
      fix: "rebuild the bundle from these sources (npm run bricks:build); never edit the code, the sources or the settings by hand",
    };
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(
    file,
    JSON.stringify({
      codeHash: bundle.codeHash,
      inputHash: inputHash(bundle),
      compiler: pinned,
      verifiedAt: new Date().toISOString(),
    }) + "\n",
  );
  return { ok: true, cached: false, compiler: pinned };
}
