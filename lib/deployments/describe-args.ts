// The constructor's arguments side by side: what the builder entered (or where the value comes
// from) and what the contract will receive (base units, addresses), for the review step.
import type { TArgSource, TManifest } from "@/lib/bricks/manifest-schema";
import { labelOf, type JsonSchema } from "@/lib/bricks/json-schema";

export type TArgRow = { name: string; type: string; from: string; entered: string; encoded: string };

/** Technical: exactly what the contract receives (the "as encoded" column of the technical details). */
const show = (v: unknown): string =>
  v === null || v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v);

/** In words for the answers list: a yes/no answer reads "Yes"/"No", not the code's true/false. */
const say = (v: unknown): string => (typeof v === "boolean" ? (v ? "Yes" : "No") : show(v));

function entered(
  source: TArgSource,
  answers: Record<string, unknown>,
  config: JsonSchema,
  linkField: string | undefined,
): { from: string; entered: string } {
  switch (source.kind) {
    case "field": {
      const label = labelOf(config.properties?.[source.field], source.field);
      return {
        from: `Your answer to “${label}”${source.pick ? ` (${source.pick} of each entry)` : ""}`,
        entered: say(answers[source.field]),
      };
    }
    case "const":
      return { from: "Fixed by the brick", entered: say(source.value) };
    case "signer":
      return { from: "Your account (it signs the deploy)", entered: "" };
    case "linked": {
      // The user's own contract, named by the question they answered with it (never "the link field").
      const schema = linkField ? config.properties?.[linkField] : undefined;
      const answer = linkField ? answers[linkField] : undefined;
      return {
        from: schema ? `Your answer to “${labelOf(schema, linkField)}”` : "Your contract",
        entered: typeof answer === "string" ? answer : "",
      };
    }
    case "instance":
      return { from: "The new instance", entered: "" };
  }
}

/** `params`: the constructor's parameters as the bundle kind's codec names them (contractCodec). */
export function describeConstructorArgs(
  manifest: TManifest,
  params: { name: string; type: string }[],
  answers: Record<string, unknown>,
  encoded: unknown[],
): TArgRow[] {
  return params.map((arg, i) => {
    const source = manifest.constructor.args[arg.name];
    const what = source
      ? entered(source, answers, manifest.config as JsonSchema, manifest.link?.field)
      : { from: "—", entered: "" };
    const value = show(encoded[i]);
    return { name: arg.name, type: arg.type, from: what.from, entered: what.entered || value, encoded: value };
  });
}
