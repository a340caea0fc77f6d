// Compiles kit contracts with the AssemblyScript compiler in a plain Node process (loading asc and
// binaryen through tsx's loader takes ~20 s here; plain Node takes ~1 s).
// Usage: node asc-run.mjs <jobs.json>   jobs = [{ dir, outFile, flags, entry? = "assembly/index.ts" }]
// Prints one JSON line: [{ dir, ok, error? }].
import { readFileSync, writeFileSync } from "node:fs";
import asc from "assemblyscript/asc";

const jobs = JSON.parse(readFileSync(process.argv[2], "utf8"));
const results = [];
for (const job of jobs) {
  const errors = [];
  const stderr = asc.createMemoryStream();
  let wasm = null;
  const { error } = await asc.main(
    [job.entry ?? "assembly/index.ts", "--baseDir", job.dir, "--outFile", "out.wasm", ...job.flags],
    {
      stdout: asc.createMemoryStream(),
      stderr,
      writeFile: (name, contents) => {
        if (name.endsWith(".wasm")) wasm = contents;
      },
    },
  );
  if (error || !wasm) {
    errors.push(error?.message ?? "no output", stderr.toString());
    results.push({ dir: job.dir, ok: false, error: errors.join("\n") });
  } else {
    writeFileSync(job.outFile, wasm);
    results.push({ dir: job.dir, ok: true });
  }
}
process.stdout.write(JSON.stringify(results) + "\n");
