// The static check that a manifest's argument mappings match a Solidity contract's ABI: the
// constructor (brick.json says "name": "constructor"), the link step's functions and the settings
// actions. Every parameter is mapped, no mapping names a parameter that does not exist, and each
// source fits its type (sol-fit.ts). Functions are found by name; an overloaded name is refused,
// because a form cannot say which overload it means.
import type { AbiFunction, AbiParameter } from "abitype";
import type { TArgSource, TManifest } from "../../manifest-schema";
import type { JsonSchema, Path } from "../../json-schema";
import type { MappingProblem } from "../../resolve-call";
import { solConstProblem, solFieldFits, suggestSol } from "./sol-fit";
import type { SolidityBundle } from "./parse-bundle";
import { LinkedInterfaceError, linkedInterface, type TLinkedInterface } from "./linked-interface";

interface Call {
  label: string;
  path: Path;
  /** undefined: a function of the user's own contract, whose ABI the brick does not know. */
  params?: readonly AbiParameter[];
  mapping: Record<string, TArgSource>;
  config: JsonSchema;
  allowed: TArgSource["kind"][];
  returns?: readonly AbiParameter[];
}

function findFunction(
  functions: AbiFunction[],
  name: string,
  at: Path,
  whose = "The contract",
): AbiFunction | MappingProblem {
  const found = functions.filter((f) => f.name === name);
  if (found.length === 1) return found[0];
  return found.length === 0
    ? {
        path: at,
        message: `${whose} has no function "${name}"`,
        fix: `use one of: ${[...new Set(functions.map((f) => f.name))].join(", ") || "(none)"}`,
      }
    : {
        path: at,
        message: `${whose} has ${found.length} functions named "${name}"`,
        fix: "give the function a unique name in the contract",
      };
}

const NO_INTERFACE: MappingProblem = {
  path: ["link", "interface"],
  message: "Calls on the user's own contract need its Solidity signatures, which the brick does not give",
  fix: 'add "interface": ["function feed() view returns (address)", …] to "link" (every function the link step calls or requires)',
};

/** The user's contract's interface (link.interface), or the problem with it. */
function linkedOf(manifest: TManifest): TLinkedInterface | MappingProblem | null {
  try {
    return linkedInterface(manifest);
  } catch (error) {
    if (!(error instanceof LinkedInterfaceError)) throw error;
    return { path: ["link", "interface"], message: `A signature does not parse: ${error.message}`, fix: "write each entry as Solidity does, e.g. \"function setFeed(address feed_)\"" };
  }
}

function calls(manifest: TManifest, bundle: SolidityBundle): (Call | MappingProblem)[] {
  const config = manifest.config as JsonSchema;
  const linked: TArgSource["kind"][] = manifest.link ? ["linked"] : [];
  const out: (Call | MappingProblem)[] = [];
  const iface = linkedOf(manifest);
  if (iface && "path" in iface) out.push(iface);
  const link = manifest.link;
  const callsLinked = link?.record?.on === "linked" || link?.verify?.on === "linked";
  if (iface === null && (callsLinked || link?.requiredMessages.length)) out.push({ ...NO_INTERFACE });
  if (iface && !("path" in iface))
    for (const [i, name] of (manifest.link?.requiredMessages ?? []).entries()) {
      const f = findFunction(iface.functions, name, ["link", "requiredMessages", i], "link.interface");
      if (!("type" in f)) out.push(f);
    }
  if (manifest.constructor.name !== "constructor") {
    out.push({
      path: ["constructor", "name"],
      message: `A Solidity contract's constructor has no name, but brick.json says "${manifest.constructor.name}"`,
      fix: 'write "name": "constructor"',
    });
  } else {
    out.push({
      label: "the constructor",
      path: ["constructor", "args"],
      params: bundle.constructorAbi?.inputs ?? [],
      mapping: manifest.constructor.args,
      config,
      allowed: ["field", "const", "signer", ...linked],
    });
  }
  const fn = (
    name: string,
    on: "instance" | "linked",
    what: string,
    at: Path,
    mapping: Record<string, TArgSource>,
    cfg: JsonSchema,
    allowed: TArgSource["kind"][],
  ) => {
    const label = `function "${name}" (${what})`;
    if (on === "linked") {
      if (!iface || "path" in iface) return; // reported once above
      const f = findFunction(iface.functions, name, [...at, "message"], "link.interface");
      return out.push(
        "type" in f
          ? { label, path: [...at, "args"], params: f.inputs, mapping, config: cfg, allowed, returns: f.outputs }
          : f,
      );
    }
    const f = findFunction(bundle.functions, name, [...at, "message"]);
    out.push(
      "type" in f
        ? { label, path: [...at, "args"], params: f.inputs, mapping, config: cfg, allowed, returns: f.outputs }
        : f,
    );
  };
  const all: TArgSource["kind"][] = ["field", "const", "signer", "instance", "linked"];
  if (manifest.link?.record)
    fn(
      manifest.link.record.message,
      manifest.link.record.on,
      "link step",
      ["link", "record"],
      manifest.link.record.args,
      config,
      all,
    );
  if (manifest.link?.verify)
    fn(
      manifest.link.verify.message,
      manifest.link.verify.on,
      "link step",
      ["link", "verify"],
      manifest.link.verify.args,
      config,
      all,
    );
  for (const [i, s] of manifest.settings.entries())
    fn(s.message, "instance", `settings action "${s.id}"`, ["settings", i], s.args, s.config as JsonSchema, [
      "field",
      "const",
      "signer",
      "instance",
      ...linked,
    ]);
  // Views of the instance page: no form, so only sources known without one.
  for (const [i, q] of manifest.queries.entries())
    fn(q.message, "instance", `query "${q.id}"`, ["queries", i], q.args, { type: "object", properties: {} }, [
      "const",
      "signer",
      "instance",
      ...linked,
    ]);
  return out;
}

/** Every call the manifest makes, checked against the Solidity ABI. Returns all problems found. */
export function checkSolidityMapping(manifest: TManifest, bundle: SolidityBundle): MappingProblem[] {
  const problems: MappingProblem[] = [];
  for (const call of calls(manifest, bundle)) {
    if (!("mapping" in call)) {
      problems.push(call);
      continue;
    }
    if (call.params) {
      const names = call.params.map((p) => p.name ?? "");
      for (const [i, p] of call.params.entries()) {
        if (!p.name)
          problems.push({
            path: call.path,
            message: `Parameter ${i + 1} (${p.type}) of ${call.label} has no name, so it cannot be mapped`,
            fix: "name the parameter in the Solidity source",
          });
        else if (!(p.name in call.mapping))
          problems.push({
            path: call.path,
            message: `Parameter "${p.name}" (${p.type}) of ${call.label} is not mapped`,
            fix: `add "${p.name}": { "kind": "field", "field": "<config field>" } (or a const / signer source); ${suggestSol(p)}`,
          });
      }
      for (const name of Object.keys(call.mapping))
        if (!names.includes(name))
          problems.push({
            path: [...call.path, name],
            message: `"${name}" is not a parameter of ${call.label}`,
            fix: names.length
              ? `its parameters are: ${names.join(", ")}`
              : "it takes no parameters: remove the mapping",
          });
    }
    for (const [name, source] of Object.entries(call.mapping)) {
      const p = call.params?.find((x) => x.name === name);
      if (call.params && !p) continue;
      problems.push(...checkSource(source, p, call, [...call.path, name], `parameter "${name}"`));
    }
  }
  const verify = manifest.link?.verify;
  if (verify) {
    const call = calls(manifest, bundle).find((c): c is Call => "mapping" in c && c.path[1] === "verify");
    const ret = call?.returns;
    if (call && ret && ret.length !== 1)
      problems.push({
        path: ["link", "verify", "message"],
        message: `${call.label} returns ${ret.length} values; it must return exactly one to prove the link`,
        fix: "use a function that returns one value",
      });
    else if (call)
      problems.push(...checkSource(verify.equals, ret?.[0], call, ["link", "verify", "equals"], "the expected result"));
  }
  return problems;
}

function checkSource(
  source: TArgSource,
  p: AbiParameter | undefined,
  call: Call,
  path: Path,
  what: string,
): MappingProblem[] {
  const problem = (message: string, fix: string): MappingProblem[] => [
    { path, message: message[0].toUpperCase() + message.slice(1), fix },
  ];
  if (!call.allowed.includes(source.kind)) {
    const why =
      source.kind === "linked"
        ? "the brick has no link step"
        : source.kind === "instance"
          ? "the instance does not exist yet while it is being created"
          : "it is not available here";
    return problem(
      `${what} of ${call.label} uses a "${source.kind}" source, but ${why}`,
      `use one of: ${call.allowed.join(", ")}`,
    );
  }
  switch (source.kind) {
    case "signer":
    case "instance":
    case "linked":
      return !p || p.type === "address"
        ? []
        : problem(`${what} of ${call.label} is ${p.type}, but a ${source.kind} source gives an address`, suggestSol(p));
    case "const": {
      const why = p && solConstProblem(source.value, p);
      return why
        ? problem(
            `the constant for ${what} (${p.type}) of ${call.label} does not fit: ${why}`,
            `write a value of type ${p.type}`,
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
      if (!p) return [];
      const optional = !(call.config.required ?? []).includes(source.field) && field.default === undefined;
      const misfit = solFieldFits(field, p, optional, source.pick);
      return misfit
        ? problem(
            `${what} (${p.type}) of ${call.label} cannot come from field "${source.field}": ${misfit.message}`,
            misfit.fix,
          )
        : [];
    }
  }
}
