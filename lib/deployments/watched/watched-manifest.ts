// A watched contract (imported with its own metadata, no brick behind it) is operated through the
// same steps as a brick instance: its messages become a generated manifest — each message a
// settings-shaped action whose small form has one field per argument, each read-only message
// without arguments a live query. Arguments a form cannot fill (lists, tuples, structs, enums),
// payable messages and trait-qualified names are left out, each with the reason in words. The
// manifest is checked with the same mapping check published bricks pass (checkAbiMapping).
import { HASH_PATTERN } from "@/lib/bricks/abi-fit";
import { checkAbiMapping } from "@/lib/bricks/abi-mapping";
import type { ContractBundle, InkMessage } from "@/lib/bricks/bundle";
import { typeName, type InkType } from "@/lib/bricks/ink-types";
import { ZManifest, type TManifest } from "@/lib/bricks/manifest-schema";

export type TRefusedMessage = { message: string; reason: string };
export type TWatchedManifest = { manifest: TManifest; refused: TRefusedMessage[]; readOnly: string[] };

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The form field for one argument type, or why a form cannot fill it. */
function fieldFor(name: string, t: InkType): { schema: Record<string, unknown>; required: boolean } | string {
  const title = name.replace(/_/g, " ");
  switch (t.kind) {
    case "option": {
      const inner = fieldFor(name, t.of);
      return typeof inner === "string" ? inner : { schema: inner.schema, required: false };
    }
    case "int": {
      const signed = t.name.startsWith("i");
      // Text, not a JSON number: a u128 does not fit a JavaScript number.
      const pattern = signed ? "^-?[0-9]+$" : "^[0-9]+$";
      const words = signed ? "A whole number" : "A whole number, 0 or more";
      return { schema: { type: "string", title, pattern, description: `${words} (${t.name})` }, required: true };
    }
    case "bool":
      return { schema: { type: "boolean", title, default: false }, required: true };
    case "string":
      return { schema: { type: "string", title }, required: true };
    case "account":
    case "h160":
      return { schema: { type: "string", title, format: "ss58-address" }, required: true };
    case "hash":
      return {
        schema: { type: "string", title, pattern: HASH_PATTERN, description: "0x and 64 hex digits" },
        required: true,
      };
    default:
      return `its argument “${name}” is a ${typeName(t)}, which Brickyard's forms cannot fill yet`;
  }
}

const kebab = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "") || "message";

function actionOf(m: InkMessage, id: string): TManifest["settings"][number] | string {
  if (!IDENT.test(m.label)) return "Brickyard cannot call trait-qualified messages yet";
  if (m.payable) return "it expects tokens sent along with the call (payable), which Brickyard does not send";
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  const args: TManifest["settings"][number]["args"] = {};
  for (const a of m.args) {
    const field = fieldFor(a.name, a.type);
    if (typeof field === "string") return field;
    properties[a.name] = field.schema;
    if (field.required) required.push(a.name);
    args[a.name] = { kind: "field", field: a.name };
  }
  return {
    id,
    label: m.label,
    description: m.docs.join(" ").trim(),
    message: m.label,
    config: { type: "object", required, properties },
    args,
  };
}

function queryFormat(t: InkType | undefined): TManifest["queries"][number]["format"] {
  const inner = t?.kind === "option" ? t.of : t;
  if (inner?.kind === "int") return "number";
  if (inner?.kind === "bool") return "bool";
  if (inner?.kind === "account" || inner?.kind === "h160") return "address";
  return "text";
}

export function watchedManifest(bundle: ContractBundle, name: string): TWatchedManifest {
  const refused: TRefusedMessage[] = [];
  const settings: TManifest["settings"] = [];
  const queries: TManifest["queries"] = [];
  const readOnly: string[] = [];
  const used = new Set<string>();
  for (const m of bundle.messages) {
    let id = kebab(m.label);
    while (used.has(id)) id = `${id}-x`;
    used.add(id);
    if (!m.mutates) readOnly.push(id);
    const action = actionOf(m, id);
    if (typeof action === "string") {
      refused.push({ message: m.label, reason: action });
      continue;
    }
    settings.push(action);
    if (!m.mutates && m.args.length === 0)
      queries.push({
        id,
        label: m.label,
        description: action.description,
        message: m.label,
        args: {},
        format: queryFormat(m.returnType),
      });
  }
  const constructor = bundle.constructors[0];
  const manifest = ZManifest.parse({
    slug: "watched-contract",
    name: name.length >= 2 ? name.slice(0, 60) : "Watched contract",
    summary: "A contract imported with its own metadata file.",
    description: "A contract imported with its own metadata file; no published brick stands behind it.",
    category: "watched",
    version: "0.0.0",
    contract: "uploaded",
    config: { type: "object", properties: {} },
    constructor: { name: constructor?.label ?? "new", args: {} },
    settings,
    queries,
  });
  // The same check published bricks pass: a message whose form would not encode is left out.
  const problems = checkAbiMapping(manifest, bundle).filter((p) => p.path[0] === "settings" || p.path[0] === "queries");
  const broken = new Set(problems.map((p) => `${String(p.path[0])}:${String(p.path[1])}`));
  const keptSettings = manifest.settings.filter((s, i) => {
    if (!broken.has(`settings:${i}`)) return true;
    const why = problems.find((p) => p.path[0] === "settings" && p.path[1] === i);
    refused.push({ message: s.message, reason: why?.message ?? "its arguments do not fit a form" });
    return false;
  });
  const keptQueries = manifest.queries.filter(
    (q, i) => !broken.has(`queries:${i}`) && keptSettings.some((s) => s.id === q.id),
  );
  return { manifest: { ...manifest, settings: keptSettings, queries: keptQueries }, refused, readOnly };
}
