// Which ABI call a manifest mapping feeds (a constructor, the link step's messages, a settings
// action), with the form its fields come from and the sources allowed there. Shared by the static
// mapping check and by encodeArgs so both read a manifest the same way.
import type { TArgSource, TManifest } from "./manifest-schema";
import type { ContractBundle, InkArg } from "./bundle";
import type { InkType } from "./ink-types";
import type { JsonSchema, Path } from "./json-schema";

export interface MappingProblem {
  /** Path inside brick.json, e.g. ["constructor", "args", "total_supply"]. */
  path: Path;
  message: string;
  fix: string;
}

export type ArgTarget =
  | { kind: "constructor" }
  | { kind: "link-record" }
  | { kind: "link-verify" }
  | { kind: "settings"; id: string }
  | { kind: "query"; id: string };

export interface ResolvedCall {
  /** For messages: 'message "approve" (link step)'. */
  label: string;
  /** Where the call's argument mapping sits in brick.json. */
  path: Path;
  /** ABI arguments in order; undefined when the call goes to the user's own contract, whose ABI bricks do not know. */
  args?: InkArg[];
  mapping: Record<string, TArgSource>;
  /** The form whose fields `field` sources name. */
  config: JsonSchema;
  allowed: TArgSource["kind"][];
  returnType?: InkType;
}

/** Finds the call a target means, or the problem when it does not exist in the ABI. */
export function resolveCall(
  manifest: TManifest,
  bundle: ContractBundle,
  target: ArgTarget,
): ResolvedCall | MappingProblem {
  const config = manifest.config as JsonSchema;
  const linked: TArgSource["kind"][] = manifest.link ? ["linked"] : [];
  if (target.kind === "constructor") {
    const c = bundle.constructors.find((x) => x.label === manifest.constructor.name);
    if (!c) {
      return {
        path: ["constructor", "name"],
        message: `The contract has no constructor "${manifest.constructor.name}"`,
        fix: `use one of: ${bundle.constructors.map((x) => x.label).join(", ")}`,
      };
    }
    return {
      label: `constructor "${c.label}"`,
      path: ["constructor", "args"],
      args: c.args,
      mapping: manifest.constructor.args,
      config,
      allowed: ["field", "const", "signer", ...linked],
    };
  }
  if (target.kind === "settings") {
    const i = manifest.settings.findIndex((s) => s.id === target.id);
    if (i < 0)
      return {
        path: ["settings"],
        message: `There is no settings action "${target.id}"`,
        fix: "use an id from settings",
      };
    const action = manifest.settings[i];
    return messageCall(
      bundle,
      action.message,
      "instance",
      `settings action "${action.id}"`,
      ["settings", i],
      action.args,
      action.config as JsonSchema,
      ["field", "const", "signer", "instance", ...linked],
    );
  }
  if (target.kind === "query") {
    const i = manifest.queries.findIndex((q) => q.id === target.id);
    if (i < 0) return { path: ["queries"], message: `There is no query "${target.id}"`, fix: "use an id from queries" };
    const q = manifest.queries[i];
    const empty: JsonSchema = { type: "object", properties: {} };
    return messageCall(bundle, q.message, "instance", `query "${q.id}"`, ["queries", i], q.args, empty, [
      "const",
      "signer",
      "instance",
      ...linked,
    ]);
  }
  const step = target.kind === "link-record" ? manifest.link?.record : manifest.link?.verify;
  const key = target.kind === "link-record" ? "record" : "verify";
  if (!step) return { path: ["link"], message: `The brick has no link.${key} step`, fix: `add link.${key}` };
  return messageCall(bundle, step.message, step.on, "link step", ["link", key], step.args, config, [
    "field",
    "const",
    "signer",
    "instance",
    "linked",
  ]);
}

function messageCall(
  bundle: ContractBundle,
  name: string,
  on: "instance" | "linked",
  what: string,
  at: Path,
  mapping: Record<string, TArgSource>,
  config: JsonSchema,
  allowed: TArgSource["kind"][],
): ResolvedCall | MappingProblem {
  const label = `message "${name}" (${what})`;
  if (on === "linked") return { label, path: [...at, "args"], mapping, config, allowed };
  const m = bundle.messages.find((x) => x.label === name);
  if (!m) {
    return {
      path: [...at, "message"],
      message: `The contract has no message "${name}"`,
      fix: `use one of: ${bundle.messages.map((x) => x.label).join(", ")}`,
    };
  }
  return { label, path: [...at, "args"], args: m.args, mapping, config, allowed, returnType: m.returnType };
}
