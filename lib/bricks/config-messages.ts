// zod's default messages ("Too small: expected string to have >=3 characters") are written for
// programmers. The form speaks to people who are not: this turns each issue into plain words.
import type { z } from "zod";
import type { JsonSchema } from "./json-schema";

type Issue = z.core.$ZodIssue;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** `value` is what was entered at the issue's path; `field` the schema there. */
export function friendlyMessage(issue: Issue, value: unknown, field: JsonSchema | undefined): string {
  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined || value === null || value === "") return "This field is required";
      const expected = issue.expected as string;
      if (expected === "int" || field?.type === "integer") return "Enter a whole number";
      return (
        {
          string: "Enter text",
          number: "Enter a number",
          boolean: "Choose yes or no",
          array: "Enter a list",
          object: "Fill in this group",
        }[expected] ?? issue.message
      );
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string")
        return min <= 1 ? "This field cannot be empty" : `Use at least ${plural(min, "character", "characters")}`;
      if (issue.origin === "array") return `Add at least ${plural(min, "entry", "entries")}`;
      return issue.inclusive
        ? `Enter ${min.toLocaleString("en-US")} or more`
        : `Enter more than ${min.toLocaleString("en-US")}`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return `Use at most ${plural(max, "character", "characters")}`;
      if (issue.origin === "array") return `Add at most ${plural(max, "entry", "entries")}`;
      return issue.inclusive
        ? `Enter ${max.toLocaleString("en-US")} or less`
        : `Enter less than ${max.toLocaleString("en-US")}`;
    }
    case "invalid_format":
      return field?.["x-pattern-message"] ?? "This does not have the expected format";
    case "invalid_value": {
      const labels = field?.["x-enum-labels"];
      const options =
        Array.isArray(labels) && labels.length === issue.values.length ? labels : issue.values.map(String);
      return `Choose one of: ${options.join(", ")}`;
    }
    case "not_multiple_of":
      return `Enter a multiple of ${String(issue.divisor)}`;
    case "unrecognized_keys":
      return `Unexpected field${issue.keys.length === 1 ? "" : "s"}: ${issue.keys.join(", ")}`;
    default:
      return issue.message;
  }
}
