// A function is JavaScript source text and nothing else: no precompiled QuickJS bytecode (the host only
// ever hands text to the compiler), no binary, nothing huge.
const MAX_SOURCE_CHARS = 512 * 1024;

export function checkSource(source: unknown): string | null {
  if (typeof source !== "string") return "the function's source must be JavaScript text";
  if (source.length === 0) return "the function's source is empty";
  if (source.length > MAX_SOURCE_CHARS) return "the function's source is larger than 512 KB";
  // Bytecode and other binaries carry NUL bytes; JavaScript source never needs one.
  if (source.includes("\u0000")) return "the function must be JavaScript source, not compiled bytecode or a binary";
  return null;
}
