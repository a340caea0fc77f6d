// The shared zod side of the edge checks: `wellFormed` for any string schema, and `edgeParse`,
// which runs the value checks (depth, size, Unicode: lib/http/accept-input.ts) before a schema.
import { z } from "zod";
import { acceptInput } from "./accept-input";
import { isWellFormed } from "./inspect-value";

export const WELL_FORMED_MESSAGE = "Contains an invalid Unicode character (a lone surrogate).";

/** A string schema that only takes well-formed Unicode (refuses lone UTF-16 surrogates). */
export function zText() {
  return z.string().refine(isWellFormed, { message: WELL_FORMED_MESSAGE });
}

/** Edge checks, then the schema: the one way route handlers and actions parse what they are sent. */
export function edgeParse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  return schema.parse(acceptInput(input));
}

/**
 * The named text fields of an action's input, each a non-empty, well-formed string of at most 200
 * characters, checked rather than coerced: `String(value)` of an object whose `toString` is not a
 * function throws a TypeError (a 500), and the fuzz suite sends exactly that.
 */
export function edgeTexts<K extends string>(input: unknown, keys: readonly K[]): Record<K, string> {
  const shape = Object.fromEntries(keys.map((k) => [k, zText().min(1, "Required.").max(200)])) as Record<
    K,
    ReturnType<typeof zText>
  >;
  return edgeParse(z.object(shape), input) as Record<K, string>;
}

/** One text value (e.g. an id passed on its own). */
export function edgeText(input: unknown): string {
  return edgeParse(zText().min(1, "Required.").max(200), input);
}
