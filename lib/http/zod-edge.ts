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
