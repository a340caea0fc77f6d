// The review's cost line in words, kept apart from the panel so its wording is unit-tested.

/** What the review says when the check failed and so measured no fee or deposit. */
export const UNKNOWN_COST =
  "What this deploy costs cannot be worked out until the problem above is fixed. " +
  "Once it is, this shows the network’s fee and the deposit (returned when the contract is removed).";

/** A gas figure of the technical details; "0" means the dry-run measured nothing. */
export function gasWords(value: string, unit = ""): string {
  if (value === "0") return "not measured (the check above failed)";
  return `${BigInt(value).toLocaleString("en-US")}${unit ? ` ${unit}` : ""}`;
}
