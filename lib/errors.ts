// One typed error for the whole app, and one mapper to what a person (or an API client) sees.
import { ZodError } from "zod";

export type ErrorCode =
  | "BAD_INPUT"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  | "CHAIN_UNAVAILABLE"
  | "INTERNAL"
  // Edge refusals (lib/http): a body that cannot be read as JSON, one over the size limit, too many requests.
  | "MALFORMED"
  | "TOO_LARGE"
  | "RATE_LIMITED";

const STATUS: Record<ErrorCode, number> = {
  BAD_INPUT: 422,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  CHAIN_UNAVAILABLE: 503,
  INTERNAL: 500,
  MALFORMED: 400,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly userMessage: string;
  readonly fields?: FieldErrors;
  /** RATE_LIMITED: seconds until a retry can succeed (sent as Retry-After). */
  readonly retryAfterS?: number;

  constructor(
    code: ErrorCode,
    opts: { userMessage: string; fields?: FieldErrors; cause?: unknown; retryAfterS?: number },
  ) {
    super(opts.userMessage, { cause: opts.cause });
    this.code = code;
    this.status = STATUS[code];
    this.userMessage = opts.userMessage;
    this.fields = opts.fields;
    this.retryAfterS = opts.retryAfterS;
  }
}

export function zodFieldErrors(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Turns anything thrown into what the UI or an API response may show. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    return new AppError("BAD_INPUT", {
      userMessage: "Some fields need attention.",
      fields: zodFieldErrors(error),
      cause: error,
    });
  }
  console.error(error);
  return new AppError("INTERNAL", { userMessage: "Something went wrong on our side. Please try again.", cause: error });
}

export function errorBody(error: AppError) {
  return { error: { code: error.code, message: error.userMessage, fields: error.fields } };
}
