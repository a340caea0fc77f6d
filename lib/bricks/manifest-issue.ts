// zod's default messages ("Too small: expected string to have >=2 characters") are written for
// programmers reading code; a manifest check answers an author or an auditor looking at a form or a
// file: this says each issue in words that name the key, with what to change. Contract and function
// bricks' checks both use it.
import type { z } from "zod";
import { isPlainObject, type Path } from "./json-schema";

/** A zod issue on a manifest (`file` names the manifest itself) in plain words, with what to change. */
export function manifestIssue(issue: z.core.$ZodIssue, raw: unknown, file = "brick.json"): [string, string] {
  const path = issue.path as Path;
  const last = path.at(-1);
  const key =
    last === undefined ? file : typeof last === "number" ? `${String(path.at(-2) ?? "")}[${last}]` : last;
  let value: unknown = raw;
  // Own keys only: brick.json has a "constructor" key, and every object inherits one.
  for (const p of path)
    value =
      (isPlainObject(value) || Array.isArray(value)) && Object.hasOwn(value, p)
        ? (value as Record<PropertyKey, unknown>)[p]
        : undefined;
  const shown = JSON.stringify(value);
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? [`"${key}" is missing`, `add "${key}" (${issue.expected})`]
        : [
            `"${key}" must be ${issue.expected}, not ${shown}`,
            `write ${issue.expected === "array" ? "a list" : `a${/^[aeiou]/.test(issue.expected) ? "n" : ""} ${issue.expected}`}`,
          ];
    case "invalid_format":
      return [`"${key}" has the wrong format: ${shown}`, issue.message];
    case "too_small":
    case "too_big": {
      const n = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const units: Record<string, [string, string]> = { string: ["character", "characters"], array: ["entry", "entries"] };
      const unit = units[issue.origin]?.[Number(n) === 1 ? 0 : 1] ?? "";
      return [
        `"${key}" is too ${issue.code === "too_small" ? (unit ? "short" : "small") : unit ? "long" : "large"}`,
        `use ${issue.code === "too_small" ? "at least" : "at most"} ${String(n)} ${unit}`.trim(),
      ];
    }
    case "invalid_value":
      return [
        `"${key}" must be ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}, not ${shown}`,
        `set it to ${JSON.stringify(issue.values[0])}`,
      ];
    case "unrecognized_keys":
      return [
        `Unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`,
        "remove it, or check the spelling against the brick format v1",
      ];
    case "invalid_union":
      return [
        `"${key}" is not a valid source`,
        'use { "kind": "field", "field": "…" }, { "kind": "const", "value": … }, or { "kind": "signer" | "instance" | "linked" }',
      ];
    default:
      return [`"${key}": ${issue.message}`, "correct the value"];
  }
}
