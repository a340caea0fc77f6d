// Server actions get their arguments already decoded by Next.js, so the body-reading half of
// lib/http does not apply; the value checks do: every action passes its raw input through here
// before its zod schema (and before anything recursive walks it).
import { edgeError } from "./edge-error";
import { inspectValue } from "./inspect-value";
import { MAX_ACTION_CHARS, MAX_ACTION_NODES, MAX_JSON_DEPTH } from "./limits";

/** Returns `input` unchanged, or throws a 4xx AppError naming the field. */
export function acceptInput<T>(input: T): T {
  const problem = inspectValue(input, {
    maxDepth: MAX_JSON_DEPTH,
    maxNodes: MAX_ACTION_NODES,
    maxChars: MAX_ACTION_CHARS,
  });
  if (problem) throw edgeError(problem);
  return input;
}
