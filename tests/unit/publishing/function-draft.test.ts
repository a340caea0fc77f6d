// The function publish form's draft ↔ function-brick.json: boxes of JSON become the manifest (the code
// hash given by the server), a box holding broken JSON is named with its line, and every check problem
// lands next to the box it belongs to.
import { describe, expect, it } from "vitest";
import {
  functionDraftToManifest,
  functionProblemField,
  ZPublishFunctionDraft,
  type TCheckFunctionDraft,
} from "@/lib/publishing/function-draft";

const draft: TCheckFunctionDraft = {
  sourceName: "feed.js",
  sourceText: "export async function run() {}",
  slug: " my-feed ",
  name: "My feed",
  summary: "Reads a value and reports it.",
  description: "# My feed",
  category: "oracles",
  tagsText: "oracle, http",
  version: "1.0.0",
  changelog: "",
  inputsText: '{ "type": "object", "properties": {} }',
  secretsText: "",
  hostsText: "api.example.com, *.example.org",
  hostsFromInputsText: "",
  limitsText: "",
  triggers: ["manual", "schedule"],
  webhookText: "",
  feedsText: '[{ "brick": "price-feed-oracle" }]',
  deliveryText: '{ "message": "report" }',
};

describe("functionDraftToManifest", () => {
  it("builds function-brick.json with the given code hash, lists split and empty boxes left to defaults", () => {
    const { manifest, errors } = functionDraftToManifest(draft, `0x${"ab".repeat(32)}`);
    expect(errors).toEqual([]);
    expect(manifest).toMatchObject({
      kind: "function",
      slug: "my-feed",
      source: "feed.js",
      codeHash: `0x${"ab".repeat(32)}`,
      tags: ["oracle", "http"],
      hosts: ["api.example.com", "*.example.org"],
      secrets: [],
      limits: {},
      triggers: ["manual", "schedule"],
      feeds: [{ brick: "price-feed-oracle" }],
    });
    expect(manifest).not.toHaveProperty("webhook");
    expect(manifest).not.toHaveProperty("networks");
  });

  it("names the box whose JSON is broken, with its line", () => {
    const { errors } = functionDraftToManifest({ ...draft, secretsText: '[\n  { "name": "KEY" \n]' }, "0x");
    expect(errors).toHaveLength(1);
    expect(errors[0].field).toBe("secretsText");
    expect(errors[0].message).toMatch(/^The secrets list is not valid JSON at line 3/);
  });
});

describe("functionProblemField", () => {
  it.each([
    ["$.codeHash", false, "sourceText"],
    ["$", true, "sourceText"],
    ["$.inputs.properties.url.format", false, "inputsText"],
    ["$.secrets[0].name", false, "secretsText"],
    ["$.hostsFromInputs[0]", false, "hostsFromInputsText"],
    ["$.delivery.args.value", false, "deliveryText"],
    ["$.feeds[0].requiredMessages", false, "feedsText"],
    ["$.triggers", false, "triggers"],
    ["$.summary", false, "summary"],
    ["$.kind", false, "_"],
  ])("%s → %s", (path, inSource, field) => expect(functionProblemField(path, inSource)).toBe(field));
});

describe("ZPublishFunctionDraft", () => {
  it("keeps the source exactly as uploaded (its hash is the code hash shown)", () => {
    const report = { markdown: "A report long enough to pass.", scope: "", findings: [] };
    const parsed = ZPublishFunctionDraft.parse({ ...draft, sourceText: "export function run() {}\n", report });
    expect(parsed.sourceText).toBe("export function run() {}\n");
  });

  it("refuses a draft without source or trigger, in words naming the field", () => {
    const result = ZPublishFunctionDraft.safeParse({
      ...draft,
      sourceText: " ",
      triggers: [],
      report: { markdown: "A report long enough to pass.", scope: "", findings: [] },
    });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(issues.sourceText).toMatch(/Upload the function's JavaScript source/);
    expect(issues.triggers).toBe("Allow at least one trigger, e.g. Run now.");
  });
});
