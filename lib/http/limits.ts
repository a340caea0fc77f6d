// Limits every request body and server-action input is held to (lib/http). Pure data.

/** Default body size for JSON routes; a route with bigger inputs (publishing) passes its own. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
/** Publishing carries a .contract bundle (a maximum-size wasm is ~600 KB as hex) and a report. */
export const PUBLISH_MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Sign-in message requests are one address: anything bigger is not a sign-in. */
export const SIGN_IN_MAX_BODY_BYTES = 2 * 1024;
/**
 * Deepest nesting of arrays/objects accepted. ink! metadata and JSON Schemas stay far below this;
 * the limit exists so no recursive step (JSON.stringify, zod, Prisma) can exhaust the stack.
 */
export const MAX_JSON_DEPTH = 64;
/** Server-action inputs: most values and characters in one input (the publish draft is the biggest). */
export const MAX_ACTION_NODES = 200_000;
export const MAX_ACTION_CHARS = 4 * 1024 * 1024;
