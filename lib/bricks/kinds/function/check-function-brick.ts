// Every static check of a function brick, without a database or a chain: the manifest's shape and
// semver, the description, the source (text only) and its code hash, the inputs schema (the same
// checker as contract bricks' config), the hosts, the secrets, and the delivery mapping typed against
// the ABI of each contract brick it says it can feed (the same check as constructor mappings).
import semver from "semver";
import { checkAbiMapping } from "@/lib/bricks/abi-mapping";
import type { BrickProblem, LoadedBrick } from "@/lib/bricks/check-brick";
import { checkConfigSchema } from "@/lib/bricks/check-config-schema";
import { manifestIssue } from "@/lib/bricks/manifest-issue";
import { validateConfig } from "@/lib/bricks/config-schema";
import { isPlainObject, toJsonPath, type JsonSchema, type Path } from "@/lib/bricks/json-schema";
import { deliveryManifest } from "@/lib/functions/delivery/delivery-spec";
import { parseHostRule } from "@/lib/functions/http/host-policy";
import { hashText } from "@/lib/functions/sandbox/hash";
import { checkSource } from "@/lib/functions/sandbox/source-check";
import { ZFunctionBrickManifest, type TFunctionBrickManifest } from "./manifest-schema";

export type TLoadedFunctionBrick = {
  manifest: TFunctionBrickManifest & { description: string };
  source: string;
  file: string;
};

export type TFunctionBrickCheck =
  { ok: true; brick: TLoadedFunctionBrick } | { ok: false; slug?: string; problems: BrickProblem[] };

export type TFunctionBrickSource = {
  file: string;
  manifestText: string;
  read(relative: string): Promise<string | undefined>;
  nameOf(relative: string): string;
  /** The contract brick a function says it feeds (a loaded, checked brick), or undefined when unknown. */
  contractBrick(slug: string): Promise<LoadedBrick | undefined>;
};

export async function checkFunctionBrick(src: TFunctionBrickSource): Promise<TFunctionBrickCheck> {
  const problems: BrickProblem[] = [];
  const add = (path: Path, message: string, fix: string, file = src.file) =>
    problems.push({ file, jsonPath: toJsonPath(path), message, fix });

  let raw: unknown;
  try {
    raw = JSON.parse(src.manifestText);
  } catch (error) {
    add(
      [],
      `The manifest is not valid JSON: ${(error as Error).message}`,
      "fix the JSON syntax (a missing comma or quote?)",
    );
    return { ok: false, problems };
  }
  const parsed = ZFunctionBrickManifest.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path as Path, ...manifestIssue(issue, raw, "function-brick.json"));
    const slug = isPlainObject(raw) && typeof raw.slug === "string" ? raw.slug : undefined;
    return { ok: false, slug, problems };
  }
  const m = parsed.data;

  if (!semver.valid(m.version)) add(["version"], `"${m.version}" is not a semantic version`, 'write it like "1.0.0"');

  let description = typeof m.description === "string" ? m.description : "";
  if (typeof m.description !== "string") {
    const text = await src.read(m.description.file);
    if (text === undefined)
      add(["description", "file"], `${src.nameOf(m.description.file)} does not exist`, "create it or fix the name");
    else description = text;
  }

  const source = await src.read(m.source);
  if (source === undefined) add(["source"], `${src.nameOf(m.source)} does not exist`, "create it or fix the name");
  else {
    const bad = checkSource(source);
    if (bad) add(["source"], bad, "ship the function as plain JavaScript source");
    const actual = hashText(source);
    if (actual !== m.codeHash)
      add(
        ["codeHash"],
        `The code hash does not match ${m.source} (its sha-256 is ${actual})`,
        `set "codeHash": "${actual}"`,
      );
    if (!/export\s+(async\s+)?function\s+run\b/.test(source))
      add(
        ["source"],
        `${m.source} does not export a run handler`,
        "add `export async function run({ input, secrets, state, fetch }) { … }`",
      );
  }

  for (const p of checkConfigSchema(m.inputs, "The inputs schema")) add(["inputs", ...p.path], p.message, p.fix);
  const inputProps = isPlainObject(m.inputs.properties) ? m.inputs.properties : {};
  m.hostsFromInputs.forEach((name, i) => {
    const prop = inputProps[name];
    if (!isPlainObject(prop) || prop.type !== "string")
      add(["hostsFromInputs", i], `"${name}" is not a text input of the inputs schema`, "name an input holding a URL");
  });
  m.hosts.forEach((host, i) => {
    try {
      parseHostRule(host);
    } catch (error) {
      add(["hosts", i], (error as Error).message, "write a host name such as api.example.com");
    }
  });
  if (m.hosts.length === 0 && m.hostsFromInputs.length === 0 && source && /\bfetch\s*\(/.test(source))
    add(
      ["hosts"],
      "The function calls fetch but declares no host",
      "list the hosts, or the input naming the URL in hostsFromInputs",
    );

  if (m.webhook) {
    if (!m.triggers.includes("webhook"))
      add(["webhook"], "A webhook body is described but the webhook trigger is not allowed", 'add "webhook" to triggers');
    for (const p of checkConfigSchema(m.webhook.body, "The webhook body schema"))
      add(["webhook", "body", ...p.path], p.message, p.fix);
    if (m.webhook.example !== undefined) {
      const fits = validateConfig(m.webhook.body as JsonSchema, m.webhook.example);
      if (!fits.success)
        add(
          ["webhook", "example", ...fits.issues[0].path],
          `The example body does not fit the webhook body schema: ${fits.issues[0].message}`,
          "make the example a body the schema accepts",
        );
    }
  }

  if (m.event && !m.triggers.includes("event"))
    add(["event"], "Events are described but the event trigger is not allowed", 'add "event" to triggers');

  const names = new Set<string>();
  m.secrets.forEach((s, i) => {
    if (names.has(s.name)) add(["secrets", i, "name"], `The secret "${s.name}" is declared twice`, "keep one");
    names.add(s.name);
  });

  const mapping = deliveryManifest(m.delivery);
  for (const [i, feed] of m.feeds.entries()) {
    const target = await src.contractBrick(feed.brick);
    if (!target) {
      add(
        ["feeds", i, "brick"],
        `No contract brick "${feed.brick}" was found`,
        "name a brick in the same bricks folder",
      );
      continue;
    }
    const bundle = target.bundle;
    if (bundle.kind === "solidity") {
      // Deliveries are encoded as ink! messages today; Solidity targets come with the revive delivery path.
      add(
        ["feeds", i, "brick"],
        `${feed.brick} is a Solidity brick: function bricks can feed ink! bricks only for now`,
        "feed an ink! brick",
      );
      continue;
    }
    const messages = new Set(bundle.messages.map((msg) => msg.label));
    for (const required of [m.delivery.message, ...feed.requiredMessages])
      if (!messages.has(required))
        add(
          ["feeds", i, "requiredMessages"],
          `${feed.brick} has no message "${required}"`,
          `use one of: ${[...messages].join(", ")}`,
        );
    // A suggested event must be one the target can emit (events of linked contracts are picked by name in the form).
    const events = new Set(bundle.events.map((e) => e.label));
    if (m.event && !m.event.sources.includes("linked"))
      for (const [j, name] of m.event.suggested.entries())
        if (!events.has(name))
          add(["event", "suggested", j], `${feed.brick} emits no event "${name}"`, `use one of: ${[...events].join(", ")}`);
    for (const p of checkAbiMapping(mapping, bundle)) {
      // The delivery is checked as the one settings action of a small manifest; that manifest's
      // constructor is a placeholder, so only the action's problems count. Point back at "delivery".
      if (p.path[0] !== "settings") continue;
      const rest = p.path.slice(2);
      add(["delivery", ...rest], `${p.message} (on ${feed.brick})`, p.fix);
    }
  }

  if (problems.length) return { ok: false, slug: m.slug, problems };
  return { ok: true, brick: { manifest: { ...m, description }, source: source!, file: src.file } };
}
