// zod at the edge: a failed parse becomes BAD_INPUT naming each field, nothing else happens.
import "server-only";
import type { z } from "zod";
import { AppError, zodFieldErrors } from "@/lib/errors";

export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fields = zodFieldErrors(parsed.error);
    const first = Object.entries(fields)[0];
    throw new AppError("BAD_INPUT", {
      userMessage: first ? `${first[0]}: ${first[1][0]}` : "The input is not valid.",
      fields,
    });
  }
  return parsed.data;
}
