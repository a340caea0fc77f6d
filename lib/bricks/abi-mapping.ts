// The static check that a manifest's argument mappings match the contract: every argument of each
// call (constructor, link step, settings actions) is mapped, no mapping names an argument that does
// not exist, and each source fits the argument's ABI type. Encoding answers lives beside it in
// encode-args.ts and uses the same call resolution.
import type { TArgSource, TManifest } from "./manifest-schema";
import type { ContractBundle } from "./bundle";
import { constProblem, fieldFits, suggest } from "./abi-fit";
import { typeName, type InkType } from "./ink-types";
import type { Path } from "./json-schema";
import { resolveCall, type ArgTarget, type MappingProblem, type ResolvedCall } from "./resolve-call";

export { encodeArgs, encodeLinkExpectation, type EncodeContext } from "./encode-args";
export { resolveCall, type ArgTarget, type MappingProblem, type ResolvedCall };

/** Every call the manifest makes, checked against the bundle. Returns all problems found. */
export function checkAbiMapping(manifest: TManifest, bundle: ContractBundle): MappingProblem[] {
  const targets: ArgTarget[] = [{ kind: "constructor" }];
  if (manifest.link?.record) targets.push({ kind: "link-record" });
  if (manifest.link?.verify) targets.push({ kind: "link-verify" });
  for (const s of manifest.settings) targets.push({ kind: "settings", id: s.id });
  for (const q of manifest.queries ?? []) targets.push({ kind: "query", id: q.id });

  const problems: MappingProblem[] = [];
  for (const target of targets) {
    const call = resolveCall(manifest, bundle, target);
    if (!("mapping" in call)) {
      problems.push(call);
      continue;
    }
    problems.push(...checkCall(call));
    if (target.kind === "link-verify" && manifest.link?.verify) {
      const equals = manifest.link.verify.equals;
      const at = ["link", "verify", "equals"];
      if (!call.args) problems.push(...checkSource(equals, undefined, call, at, "the expected result"));
      else if (!call.returnType)
        problems.push({
          path: ["link", "verify", "message"],
          message: `${call.label} returns nothing, so it cannot prove the link`,
          fix: "use a message that returns a value",
        });
      else problems.push(...checkSource(equals, call.returnType, call, at, "the expected result"));
    }
  }
  return problems;
}

function checkCall(call: ResolvedCall): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (call.args) {
    const names = call.args.map((a) => a.name);
    for (const arg of call.args) {
      if (!(arg.name in call.mapping)) {
        problems.push({
          path: call.path,
          message: `Argument "${arg.name}" (${arg.typeName}) of ${call.label} is not mapped`,
          fix: `add "${arg.name}": { "kind": "field", "field": "<config field>" } (or a const / signer source); ${suggest(arg.type)}`,
        });
      }
    }
    for (const name of Object.keys(call.mapping)) {
      if (!names.includes(name)) {
        problems.push({
          path: [...call.path, name],
          message: `"${name}" is not an argument of ${call.label}`,
          fix: names.length ? `its arguments are: ${names.join(", ")}` : "it takes no arguments: remove the mapping",
        });
      }
    }
  }
  for (const [name, source] of Object.entries(call.mapping)) {
    const arg = call.args?.find((a) => a.name === name);
    if (call.args && !arg) continue;
    problems.push(...checkSource(source, arg?.type, call, [...call.path, name], `argument "${name}"`));
  }
  return problems;
}

/** `type` undefined: the ABI is unknown (the user's contract); only the source itself is checked. */
function checkSource(
  source: TArgSource,
  type: InkType | undefined,
  call: ResolvedCall,
  path: Path,
  what: string,
): MappingProblem[] {
  const problem = (message: string, fix: string): MappingProblem[] => [
    { path, message: message[0].toUpperCase() + message.slice(1), fix },
  ];
  const typeText = type ? ` (${typeName(type)})` : "";
  if (!call.allowed.includes(source.kind)) {
    const why =
      source.kind === "linked"
        ? "the brick has no link step"
        : source.kind === "instance"
          ? "the instance does not exist yet while it is being created"
          : "it is not available here";
    return problem(
      `${what} of ${call.label} uses ${source.kind === "instance" ? "an" : "a"} "${source.kind}" source, but ${why}`,
      `use one of: ${call.allowed.join(", ")}`,
    );
  }
  switch (source.kind) {
    case "signer":
    case "instance":
    case "linked":
      return !type || type.kind === "account" || type.kind === "h160"
        ? []
        : problem(
            `${what} of ${call.label} is ${typeName(type)}, but ${source.kind === "instance" ? "an" : "a"} ${source.kind} source gives an account address (AccountId)`,
            suggest(type),
          );
    case "const": {
      if (!type) return [];
      const why = constProblem(source.value, type);
      return why
        ? problem(
            `The constant for ${what}${typeText} of ${call.label} does not fit: ${why}`,
            `write a value of type ${typeName(type)}`,
          )
        : [];
    }
    case "field": {
      const field = call.config.properties?.[source.field];
      if (!field) {
        const known = Object.keys(call.config.properties ?? {});
        return problem(
          `${what} of ${call.label} names the field "${source.field}", which the form does not have`,
          known.length ? `use one of: ${known.join(", ")}` : "add the field to the config schema",
        );
      }
      if (!type) return [];
      const optional = !(call.config.required ?? []).includes(source.field) && field.default === undefined;
      const misfit = fieldFits(field, type, optional, source.pick);
      return misfit
        ? problem(
            `${what}${typeText} of ${call.label} cannot come from field "${source.field}": ${misfit.message}`,
            misfit.fix,
          )
        : [];
    }
  }
}
