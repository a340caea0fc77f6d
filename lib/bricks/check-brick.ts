// Every static check of a brick, whatever it came from (a bricks/ folder, an auditor's upload):
// the manifest's shape, semver, the description and bundle it points at, the code hash, the chain's
// wasm rules, the config schema, the link field and the ABI mappings. All problems are collected,
// each naming the file, the JSON path, what is wrong and what to change.
import semver from "semver";
import { BundleError } from "./bundle";
import { kindById, kindFor, type ContractKindBundle as AnyBundle } from "./kinds";
import { checkConfigSchema } from "./check-config-schema";
import { isPlainObject, toJsonPath, type JsonSchema, type Path } from "./json-schema";
import { manifestIssue } from "./manifest-issue";
import { ZManifest, type TManifest } from "./manifest-schema";
import { MAX_VERSION_PART } from "./version-sort";
import { withUpgradeAction } from "./upgrade-action";

export interface BrickProblem {
  file: string;
  /** e.g. "$.constructor.args.total_supply" */
  jsonPath: string;
  message: string;
  fix: string;
}

/** A brick that passed every check; `manifest.description` holds the Markdown itself. */
export interface LoadedBrick {
  manifest: TManifest & { description: string };
  /** An ink! bundle (kind "ink") or a Solidity one (kind "solidity"). */
  bundle: AnyBundle;
  /** Where it was read from, for messages. */
  file: string;
}

export type BrickCheckResult =
  { ok: true; brick: LoadedBrick } | { ok: false; slug?: string; problems: BrickProblem[] };

export interface BrickSource {
  /** How to name brick.json in messages (a path, or an upload's name). */
  file: string;
  manifestText: string;
  /** Reads a file named relative to the brick (description, contract); undefined when missing. */
  read(relative: string): Promise<string | undefined>;
  /** How to name such a file in messages. */
  nameOf(relative: string): string;
}

export async function checkBrick(src: BrickSource): Promise<BrickCheckResult> {
  const problems: BrickProblem[] = [];
  const add = (path: Path | string, message: string, fix: string, file = src.file) =>
    problems.push({ file, jsonPath: typeof path === "string" ? path : toJsonPath(path), message, fix });

  let raw: unknown;
  try {
    raw = JSON.parse(src.manifestText);
  } catch (error) {
    add(
      [],
      `brick.json is not valid JSON: ${(error as Error).message}`,
      "fix the JSON syntax (a missing comma or quote?)",
    );
    return { ok: false, problems };
  }
  const parsed = ZManifest.safeParse(raw);
  if (!parsed.success) for (const issue of parsed.error.issues) add(issue.path as Path, ...manifestIssue(issue, raw));
  const m = parsed.success ? parsed.data : ((isPlainObject(raw) ? raw : {}) as Partial<TManifest>);
  const slug = typeof m.slug === "string" ? m.slug : undefined;

  if (typeof m.version === "string" && (semver.valid(m.version) !== m.version || !versionPartsFit(m.version))) {
    add(
      ["version"],
      `"${m.version}" is not a semantic version Brickyard can store`,
      `write MAJOR.MINOR.PATCH (each at most ${MAX_VERSION_PART}), e.g. "1.0.0" or "1.1.0-rc.1"`,
    );
  }

  let description: string | undefined = typeof m.description === "string" ? m.description : undefined;
  if (isPlainObject(m.description) && typeof m.description.file === "string") {
    description = await src.read(m.description.file);
    if (description === undefined)
      add(
        ["description", "file"],
        `The description file ${src.nameOf(m.description.file)} does not exist`,
        "create it, or correct the name (relative to the brick folder)",
      );
  }

  const bundle = typeof m.contract === "string" ? await loadBundle(src, m.contract, add) : undefined;

  if (isPlainObject(m.config)) {
    for (const p of checkConfigSchema(m.config)) add(["config", ...p.path], p.message, p.fix);
  }
  for (const [i, action] of (Array.isArray(m.settings) ? m.settings : []).entries()) {
    if (!isPlainObject(action?.config)) continue;
    for (const p of checkConfigSchema(action.config, `The form of settings action "${action.id}"`))
      add(["settings", i, "config", ...p.path], p.message, p.fix);
  }
  // The link and mapping checks only need their own sections well-formed, so a typo in a tag does
  // not hide a wrong constructor mapping.
  const calls = parsed.success
    ? parsed
    : ZCalls.safeParse(pickOwn(raw, ["config", "constructor", "link", "settings", "upgrade"]));
  if (calls.success && calls.data.link) checkLinkField(calls.data.config as JsonSchema, calls.data.link.field, add);
  if (calls.success && bundle) {
    // The upgrade message is checked like a settings action (its hash argument mapped, nothing else).
    const manifest = withUpgradeAction(calls.data as TManifest);
    for (const p of kindById(bundle.kind)!.checkMapping(manifest, bundle)) add(p.path, p.message, p.fix);
  }
  if (problems.length > 0 || !parsed.success || !bundle || description === undefined)
    return { ok: false, slug, problems };
  return { ok: true, brick: { manifest: { ...parsed.data, description }, bundle, file: src.file } };
}

const ZCalls = ZManifest.pick({ config: true, constructor: true, link: true, settings: true, upgrade: true });

function pickOwn(raw: unknown, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (isPlainObject(raw)) for (const k of keys) if (Object.hasOwn(raw, k)) out[k] = raw[k];
  return out;
}

type Add = (path: Path | string, message: string, fix: string, file?: string) => void;

async function loadBundle(src: BrickSource, contract: string, add: Add): Promise<AnyBundle | undefined> {
  const file = src.nameOf(contract);
  const text = await src.read(contract);
  if (text === undefined) {
    add(
      ["contract"],
      `The contract bundle ${file} does not exist`,
      'point "contract" at the bundle file (an ink! .contract or a Solidity .sol.json), relative to the brick folder',
    );
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    add(
      "$",
      `The contract bundle is not valid JSON: ${(error as Error).message}`,
      "use the bundle file the build wrote, unchanged",
      file,
    );
    return undefined;
  }
  const kind = kindFor(json);
  let bundle: AnyBundle;
  try {
    const parsed = kind.parse(json);
    if (parsed.kind === "function") {
      add(
        "$.kind",
        "This is a function bundle: a contract brick needs an ink! .contract or a Solidity .sol.json",
        "publish a function with a function-brick.json instead of a brick.json",
        file,
      );
      return undefined;
    }
    bundle = parsed;
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    add(error.jsonPath, error.message, error.fix, file);
    return undefined;
  }
  for (const p of kind.check(bundle)) add(p.jsonPath, p.message, p.fix, file);
  return bundle;
}

function checkLinkField(config: JsonSchema, field: string, add: Add) {
  const s = config.properties?.[field];
  if (!s) {
    add(
      ["link", "field"],
      `The link step names the field "${field}", which the form does not have`,
      `add a "${field}" field with "type": "string", "format": "contract-address" to config.properties`,
    );
  } else if (s.format !== "contract-address") {
    add(
      ["link", "field"],
      `The link field "${field}" must have "format": "contract-address" (it is ${s.format ? `"${s.format}"` : "a plain field"})`,
      `set "format": "contract-address" on config.properties.${field}`,
    );
  }
}

function versionPartsFit(v: string): boolean {
  const p = semver.parse(v);
  return !!p && [p.major, p.minor, p.patch].every((n) => n <= MAX_VERSION_PART);
}
